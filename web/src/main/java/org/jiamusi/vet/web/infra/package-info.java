/** What the web layer needs from the server: the data source, the language routing of every URL, error handling. */
package org.jiamusi.vet.web.infra;
