/** Training bases (实训基地), public practice centres (公共实践中心) and industry–education integration enterprises. */
package org.jiamusi.vet.cms.trainingbase;
