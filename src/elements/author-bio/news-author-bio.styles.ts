import { css } from 'lit';

export const styles = css`
  .bio {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: var(--_space-3);
    align-items: start;
  }
  .avatar {
    inline-size: 4rem;
    block-size: 4rem;
    border-radius: 50%;
    object-fit: cover;
    background: var(--_skeleton);
  }
  .initials {
    display: grid;
    place-items: center;
    font-weight: 600;
    font-size: 1.25rem;
    color: var(--_muted);
  }
  .text > * {
    margin: 0 0 var(--_space-1);
  }
  .eyebrow {
    color: var(--_muted);
    font-size: 0.8em;
    text-transform: uppercase;
    letter-spacing: 0.05em;
  }
  .title {
    font-size: 1.125em;
  }
  .role {
    color: var(--_muted);
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
    padding: 0;
    list-style: none;
  }
  .skeleton {
    grid-template-columns: 4rem 1fr;
    column-gap: var(--_space-3);
  }
  .skeleton .avatar {
    grid-row: span 4;
  }
  @container (max-width: 20rem) {
    .bio {
      grid-template-columns: 1fr;
    }
  }
`;
