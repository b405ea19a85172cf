/**
 * The content core that every type shares, and the one place that writes it.
 *
 * <ul>
 *   <li><b>Items and their history</b>: {@link org.jiamusi.vet.cms.content.ContentItem}, its numbered
 *       revisions ({@link org.jiamusi.vet.cms.content.ContentRevision}, field-by-field
 *       {@link org.jiamusi.vet.cms.content.FieldChange}s) and optimistic edit conflicts.</li>
 *   <li><b>Schemas and validation</b>: each type's fields ({@link org.jiamusi.vet.cms.content.ContentSchema},
 *       {@link org.jiamusi.vet.cms.content.FieldDef}), cross-field rules, the rich-text policy applied on
 *       every save ({@link org.jiamusi.vet.cms.content.RichText}) and the messages of a refused draft.</li>
 *   <li><b>The editorial workflow</b>: the states, the table of moves and who may make them
 *       ({@link org.jiamusi.vet.cms.content.WorkflowAction}, {@link org.jiamusi.vet.cms.content.ContentPermissions}),
 *       and the timer of scheduled publishing.</li>
 *   <li><b>Translations and slugs</b>: each language's translation status against the source revision,
 *       and the slugs that stay answering after a title changes.</li>
 *   <li><b>Publication</b>: how a revision becomes its type's public entity ({@link org.jiamusi.vet.cms.content.EntityProjection}
 *       over {@link org.jiamusi.vet.cms.content.ProjectionEntity} and the shared text columns), the public
 *       version that moves on every publication, the publication log the search index follows, and the
 *       language-fallback rule readers see texts by ({@link org.jiamusi.vet.cms.content.LocalizedText}).</li>
 * </ul>
 *
 * <p>{@link org.jiamusi.vet.cms.content.ContentService} is the only writer: the entities' setters are
 * package-private for that reason, which is why these concerns share one package rather than one each.
 */
package org.jiamusi.vet.cms.content;
