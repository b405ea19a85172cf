/**
 * The seeds command line: re-import the seed content, or generate a large synthetic data set for
 * benchmarks, straight into the database while the site is stopped.
 */
package org.jiamusi.vet.seeds.cli;
