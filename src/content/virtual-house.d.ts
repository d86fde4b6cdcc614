declare module 'virtual:house' {
  const house: import('./packedHouse').PackedHouse;
  export default house;
}

/** The same house with its words left out (see packHouseShape): what the mesh worker builds from. */
declare module 'virtual:house-shape' {
  const shape: import('./packedHouse').PackedHouse;
  export default shape;
}

/** The guided tours, validated against the house at build time (rooms/tours/). */
declare module 'virtual:tours' {
  const tours: import('../../rooms/tourSchema').Tour[];
  export default tours;
}

/** The timeline's dated events, oldest first (rooms/timeline.ts, validated with the house). */
declare module 'virtual:timeline' {
  const timeline: import('../../rooms/schema').TimelineEvent[];
  export default timeline;
}
