declare module 'virtual:house' {
  const house: import('./packedHouse').PackedHouse;
  export default house;
}

/** The shipped house's captions, by exhibit id: its exhibits carry empty ones (see splitCaptions). */
declare module 'virtual:captions' {
  const captions: Record<string, import('../../rooms/schema').Localized>;
  export default captions;
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

/** The eras, oldest first, and the one the house starts in (rooms/eras.ts). */
declare module 'virtual:eras' {
  const content: { eras: import('../../rooms/schema').Era[]; defaultEra: import('../../rooms/schema').EraId };
  export default content;
}

/** The other eras' houses, packed as the shipped house is, and what changed in each room in each era. */
declare module 'virtual:era-houses' {
  const content: {
    houses: Partial<Record<import('../../rooms/schema').EraId, import('./packedHouse').PackedHouse>>;
    changes: Record<
      import('../../rooms/schema').EraId,
      Record<import('../../rooms/schema').RoomId, { note: import('../../rooms/schema').Localized; evidence: import('../../rooms/schema').Evidence }[]>
    >;
  };
  export default content;
}

/** The rooms' furnishing, validated against every era's house (rooms/furnishing/): where each piece stands and
 *  when, without its words. Imported only by the lazy ambience (src/scene/furnishing/). */
declare module 'virtual:furnishing' {
  const pieces: import('../../rooms/schema/furnishing').ShippedPiece[];
  export default pieces;
}

/** What is seen over the garden's walls, placed on the site (rooms/surroundings.ts, validated with the house). */
declare module 'virtual:surroundings' {
  const surroundings: import('../../rooms/validate/surroundings').PlacedSurroundings;
  export default surroundings;
}
