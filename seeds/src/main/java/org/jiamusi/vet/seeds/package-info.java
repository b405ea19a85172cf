/**
 * The plan's content as data files (one JSON file per item, all three languages in it), loaded
 * through the cms services so that validation and slugs run as for an editor's content.
 */
package org.jiamusi.vet.seeds;
