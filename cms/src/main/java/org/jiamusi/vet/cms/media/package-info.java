/** Media: images and documents, with a caption and alternative text in each language. */
package org.jiamusi.vet.cms.media;
