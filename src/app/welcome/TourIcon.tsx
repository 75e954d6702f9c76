import { Icon, type P } from '../icons.tsx';

/** A signpost: the guided tour. */
export const TourIcon = (p: P) => (
  <Icon {...p}>
    <path d="M12 3v18" />
    <path d="M5 6h11l3 2.5L16 11H5z" />
    <path d="M19 13H8l-3 2.5L8 18h11z" />
  </Icon>
);
