/** Translation by outside translators: XLIFF 2.0 export of items' texts, and import with a report of what changed and what was refused. */
package org.jiamusi.vet.cms.translation;
