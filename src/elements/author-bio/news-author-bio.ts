import { html, nothing, type PropertyDeclarations } from 'lit';
import { validateAuthor, type Author } from '../../data/contract.js';
import { loadAuthor } from '../../data/loaders.js';
import { format } from '../../i18n/index.js';
import { byAttribute, type ModelQuery } from '../../internal/attributes.js';
import type { RenderContext } from '../../internal/language-controller.js';
import { NewsElement } from '../../internal/news-element.js';
import { textBone, TYPICAL_AUTHOR_BIO, TYPICAL_AUTHOR_NAME, TYPICAL_AUTHOR_ROLE, TYPICAL_LINK_LABEL } from '../../internal/skeleton.js';
import { heading, picture } from '../../internal/templates.js';
import { styles } from './news-author-bio.styles.js';

/**
 * `.data` takes an `Author`. Without an avatar, the author's initials take its place.
 *
 * @summary An author: avatar, name, role, bio and profile links.
 * @tagname news-author-bio
 *
 * @fires {NewsLoadEvent} news-load - The author was loaded from the network. `detail` is the `Author`.
 *
 * @csspart bio - The whole block.
 * @csspart avatar - The avatar image (or the initials when there is none).
 * @csspart eyebrow - "About the author", above the name.
 * @csspart name - The heading with the author's name.
 * @csspart name-link - The name's link to the author's page, when they have one.
 * @csspart role - The author's role.
 * @csspart text - The biography.
 * @csspart links - The list of profile links.
 * @csspart link - Each profile link.
 */
export class NewsAuthorBio extends NewsElement<Author> {
  static override styles = [...NewsElement.styles, styles];

  static override properties: PropertyDeclarations = {
    author: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** Slug of the author to show. */
  author?: string;

  /** Level of the heading that holds the author's name (`<news-article>` sets it one below its title). */
  headingLevel = 3;

  protected readonly query: ModelQuery<Author> = byAttribute(this, 'author', loadAuthor);
  protected readonly validate = validateAuthor;

  protected renderModel(author: Author, { t }: RenderContext) {
    const initials = author.name
      .split(/\s+/)
      .map((word) => word[0])
      .slice(0, 2)
      .join('');
    // The author's own words (name, role, bio, link labels) may be in any language: each takes its
    // direction from its own first letters.
    return html`<section part="bio" class="bio">${
      author.avatar
        ? picture(author.avatar, 'avatar', { alt: '', className: 'avatar' })
        : html`<span part="avatar" class="avatar initials" aria-hidden="true">${initials}</span>`
    }<div class="text"><p part="eyebrow" class="eyebrow">${t.aboutAuthor}</p>${heading(this.headingLevel, this.link(author.url, author.name, 'name-link'), 'name', { dir: 'auto' })}${
      author.role ? html`<p part="role" class="role" dir="auto">${author.role}</p>` : nothing
    }${author.bio ? html`<p part="text" dir="auto">${author.bio}</p>` : nothing}${
      author.links?.length
        ? html`<ul part="links" class="links" aria-label=${format(t.profiles, { name: author.name })}>${author.links.map(
            (link) => html`<li>${this.link(link.url, html`<bdi>${link.label}</bdi>`, 'link')}</li>`,
          )}</ul>`
        : nothing
    }</div></section>`;
  }

  protected renderSkeleton() {
    // The bio's own boxes, with a bio as long as a typical one (a longer bio adds a line or two).
    return html`<div class="bio"><span class="avatar bone"></span><div class="text"><p class="eyebrow">${textBone(16)}</p><p class="title">${textBone(
      TYPICAL_AUTHOR_NAME,
    )}</p><p class="role">${textBone(TYPICAL_AUTHOR_ROLE)}</p><p>${textBone(TYPICAL_AUTHOR_BIO)}</p><p class="links"><span>${textBone(
      TYPICAL_LINK_LABEL,
    )}</span><span>${textBone(TYPICAL_LINK_LABEL)}</span></p></div></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'news-author-bio': NewsAuthorBio;
  }
}
