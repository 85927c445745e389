export enum ExhibitionAreaKind {
  AREA = 'AREA',
  ZONE = 'ZONE',
}
