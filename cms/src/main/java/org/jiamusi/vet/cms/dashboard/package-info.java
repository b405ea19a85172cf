/** What the back office shows an editor first: their drafts, what waits for review, translations to do, the schedule. */
package org.jiamusi.vet.cms.dashboard;
