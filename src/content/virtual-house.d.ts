declare module 'virtual:house' {
  const house: import('./packedHouse').PackedHouse;
  export default house;
}

/** The same house with its words left out (see packHouseShape): what the mesh worker builds from. */
declare module 'virtual:house-shape' {
  const shape: import('./packedHouse').PackedHouse;
  export default shape;
}
