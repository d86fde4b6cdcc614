import { TRAVEL_BLOG, defineRoom, documented, schematicLayout } from './define';

export default defineRoom({
  id: 'bathroom',
  name: { en: 'Bathroom and dressing room', es: 'Baño y vestidor' },
  intro: {
    en: 'A long, narrow room under a tin roof, with a door from the grandson’s room and an armored one from the bedroom. It still holds the old bathtub, the wood-fired boiler that heated the water, and clothes and shoes that belonged to Trotsky and Natalia.',
    es: 'Un cuarto largo y angosto bajo un techo de lámina, con una puerta desde la habitación del nieto y otra, blindada, desde el dormitorio. Conserva la vieja tina, el calentador de leña que daba agua caliente y ropa y zapatos de Trotsky y de Natalia.',
  },
  kind: 'indoor',
  footprint: { xM: 17, zM: 0, widthM: 2, depthM: 6 },
  layoutEvidence: schematicLayout(
    'Long and narrow, between the bedroom and the grandson’s room, as its two documented doors imply; its size is schematic.',
    'Largo y angosto, entre el dormitorio y la habitación del nieto, como indican sus dos puertas documentadas; su tamaño es esquemático.',
  ),
  wallHeightM: 2.6,
  finishes: { floor: 'cement-tile', walls: 'green-plaster', ceiling: 'tin' },
  doorways: [
    { to: 'bedroom' },
    {
      to: 'grandsons-room',
      opening: {
        wall: 'west',
        alongM: 1.2,
        widthM: 0.8,
        leaf: 'door',
        evidence: documented(
          'One of the bathroom’s two entrances comes from the grandson’s room.',
          'Una de las dos entradas del baño viene de la habitación del nieto.',
        ),
      },
    },
  ],
  windows: [],
  exhibits: [
    {
      id: 'bathtub',
      name: { en: 'The old bathtub', es: 'La vieja tina' },
      model: { kind: 'bathtub', xM: 18, zM: 5.45, facingDeg: 90 },
      caption: {
        en: 'The household’s old bathtub is still here, in this long, narrow room. Hot water came from a boiler burning firewood, which is also kept here. Like the rest of the house, the bathroom was left much as it was when Trotsky died in 1940.',
        es: 'La vieja tina de la casa sigue aquí, en este cuarto largo y angosto. El agua caliente salía de un calentador de leña que también se conserva aquí. Como el resto de la casa, el baño quedó prácticamente como estaba cuando murió Trotsky, en 1940.',
      },
      people: ['leon-trotsky', 'natalia-sedova'],
      sources: [TRAVEL_BLOG],
      evidence: {
        status: 'documented',
        note: {
          en: 'The travel blog lists the old bathtub among the room’s objects and says the house was kept as it was after Trotsky’s death. Its place across the far end of the room is reconstructed.',
          es: 'El blog de viaje incluye la vieja tina entre los objetos del cuarto y dice que la casa se conservó tal como estaba tras la muerte de Trotsky. Su lugar, de muro a muro al fondo del cuarto, es una reconstrucción.',
        },
      },
      related: ['firewood-boiler', 'glass-bottles', 'tin-roof'],
    },
    {
      id: 'firewood-boiler',
      name: { en: 'Wood-fired boiler', es: 'Calentador de leña' },
      model: { kind: 'boiler', xM: 17.42, zM: 0.45, facingDeg: 90 },
      caption: {
        en: 'This boiler, fed with firewood, supplied the bathroom’s hot water. It is one of the everyday objects that show how the family lived in Coyoacán around 1940.',
        es: 'Este calentador, que funcionaba con leña, daba el agua caliente del baño. Es uno de los objetos cotidianos que muestran cómo se vivía en esta casa de Coyoacán hacia 1940.',
      },
      sources: [TRAVEL_BLOG],
      evidence: {
        status: 'documented',
        note: {
          en: 'The travel blog names a firewood boiler for hot water in this room. Its place, in the corner beside the door from the grandson’s room, is reconstructed.',
          es: 'El blog de viaje menciona en este cuarto un calentador de leña para el agua caliente. Su lugar, en la esquina junto a la puerta que viene de la habitación del nieto, es una reconstrucción.',
        },
      },
      related: ['bathtub', 'tin-roof'],
    },
    {
      id: 'trotskys-clothes',
      name: { en: 'Trotsky’s clothes', es: 'La ropa de Trotsky' },
      model: { kind: 'clothes-rail', xM: 17.42, zM: 2.35, facingDeg: 90 },
      caption: {
        en: 'Some of Trotsky’s own clothes are kept in this room, which served as both bathroom and dressing room. Beside them are several pairs of Natalia’s shoes.',
        es: 'En este cuarto, que era a la vez baño y vestidor, se guarda ropa que fue de Trotsky. Junto a ella se exhiben varios pares de zapatos de Natalia.',
      },
      people: ['leon-trotsky'],
      sources: [TRAVEL_BLOG],
      evidence: {
        status: 'documented',
        note: {
          en: 'The travel blog mentions clothes that belonged to Trotsky and shows a photograph of Leon’s and Natalia’s shoes and clothing. The blog does not describe the garments; the rail they hang on here is reconstructed.',
          es: 'El blog de viaje menciona ropa que fue de Trotsky y muestra una fotografía de zapatos y ropa de León y Natalia. El blog no describe las prendas; el perchero en que cuelgan aquí es una reconstrucción.',
        },
      },
      related: ['natalias-shoes', 'colgate-toothpaste'],
    },
    {
      id: 'natalias-shoes',
      name: { en: 'Natalia’s shoes', es: 'Los zapatos de Natalia' },
      model: { kind: 'shoe-rack', xM: 17.32, zM: 3.5, facingDeg: 90 },
      caption: {
        en: 'Several pairs of shoes that belonged to Natalia Sedova, Trotsky’s wife, are kept in the dressing room. She lived in this house with him until he was killed in 1940, and her ashes now lie with his beneath the memorial in the garden.',
        es: 'En el vestidor se conservan varios pares de zapatos de Natalia Sedova, la esposa de Trotsky. Vivió con él en esta casa hasta que lo asesinaron en 1940, y hoy sus cenizas reposan junto a las de él bajo el monumento del jardín.',
      },
      people: ['natalia-sedova', 'leon-trotsky'],
      sources: [TRAVEL_BLOG],
      evidence: {
        status: 'documented',
        note: {
          en: 'The travel blog mentions some pairs of Natalia’s shoes here and the couple’s shared grave in the garden. The rack and its place are reconstructed.',
          es: 'El blog de viaje menciona aquí algunos pares de zapatos de Natalia, y la tumba de la pareja en el jardín. El zapatero y su ubicación son una reconstrucción.',
        },
      },
      related: ['trotskys-clothes', 'natalias-desk', 'tomb'],
    },
    {
      id: 'colgate-toothpaste',
      name: { en: 'Trotsky’s Colgate toothpaste', es: 'La pasta de dientes Colgate de Trotsky' },
      model: { kind: 'toiletries-shelf', xM: 18.74, zM: 2.1, yM: 1.1, facingDeg: 270 },
      caption: {
        en: 'Among the toiletries is a metal container of Colgate toothpaste that belonged to Trotsky. A small, ordinary thing, it stayed among his belongings after his death in 1940.',
        es: 'Entre los artículos de aseo hay un envase metálico de pasta de dientes Colgate que era de Trotsky. Es un objeto pequeño y cotidiano que se quedó entre sus pertenencias después de su muerte, en 1940.',
      },
      people: ['leon-trotsky'],
      sources: [TRAVEL_BLOG],
      evidence: {
        status: 'documented',
        note: {
          en: 'The travel blog names a metal container of Trotsky’s Colgate toothpaste (it calls it a bottle). The wall shelf it rests on here is reconstructed.',
          es: 'El blog de viaje menciona un envase metálico de la pasta de dientes Colgate de Trotsky (lo llama botella). La repisa de pared en la que se muestra es una reconstrucción.',
        },
      },
      related: ['glass-bottles', 'trotskys-clothes'],
    },
    {
      id: 'glass-bottles',
      name: { en: 'Glass bottles and toiletries', es: 'Frascos de vidrio y artículos de aseo' },
      model: { kind: 'toiletries-shelf', xM: 18.74, zM: 2.95, yM: 1.1, facingDeg: 270 },
      caption: {
        en: 'Glass bottles and other toiletries from the household are on show in the bathroom, next to Trotsky’s toothpaste. They belong to the everyday side of a house that was, at the same time, a small fortress.',
        es: 'En el baño se exhiben frascos de vidrio y otros artículos de aseo de la casa, junto a la pasta de dientes de Trotsky. Pertenecen al lado cotidiano de una casa que era, al mismo tiempo, una pequeña fortaleza.',
      },
      sources: [TRAVEL_BLOG],
      evidence: {
        status: 'documented',
        note: {
          en: 'The travel blog lists glass bottles and other toiletries, without saying what each held or whose it was. The shelf is reconstructed.',
          es: 'El blog de viaje menciona frascos de vidrio y otros artículos de aseo, sin decir qué contenía cada uno ni de quién era. La repisa es una reconstrucción.',
        },
      },
      related: ['colgate-toothpaste', 'bathtub'],
    },
    {
      id: 'tin-roof',
      name: { en: 'Tin roof', es: 'Techo de lámina' },
      model: { kind: 'marker', xM: 18.1, zM: 3.8, yM: 2.3 },
      caption: {
        en: 'The bathroom and dressing room is a long, narrow space under a tin roof. Like much of the house, it is rather dim inside: throughout the house, windows have bars and steel shutters, and some were bricked up after the first attempt on Trotsky’s life.',
        es: 'El baño y vestidor es un espacio largo y angosto con techo de lámina. Como buena parte de la casa, es más bien oscuro: en toda la casa, las ventanas tienen rejas y contraventanas de acero, y algunas se tapiaron con ladrillo después del primer atentado contra Trotsky.',
      },
      sources: [TRAVEL_BLOG],
      evidence: {
        status: 'documented',
        note: {
          en: 'The tin roof, the room’s long and narrow shape and the gloom of the house’s interior come from the travel blog. The room’s width and length here (2 × 6 m) are schematic.',
          es: 'El techo de lámina, la forma larga y angosta del cuarto y la penumbra del interior de la casa provienen del blog de viaje. El ancho y el largo del cuarto que se muestran (2 × 6 m) son esquemáticos.',
        },
      },
      related: ['armored-bathroom-door', 'bricked-east-window', 'half-bricked-windows'],
    },
    {
      id: 'armored-bathroom-door',
      name: { en: 'Armored door from the bedroom', es: 'Puerta blindada desde el dormitorio' },
      model: { kind: 'marker', xM: 18.7, zM: 4.4, yM: 1.5 },
      caption: {
        en: 'The bathroom has two entrances: one from the grandson’s room and this armored one from Trotsky and Natalia’s bedroom. It is most likely one of the metal doors fitted when the house was fortified after the attack of 24 May 1940.',
        es: 'El baño tiene dos entradas: una desde la habitación del nieto y esta, blindada, desde el dormitorio de Trotsky y Natalia. Lo más probable es que sea una de las puertas metálicas que se instalaron al fortificar la casa tras el ataque del 24 de mayo de 1940.',
      },
      when: { en: 'After 24 May 1940', es: 'Después del 24 de mayo de 1940' },
      people: ['leon-trotsky', 'natalia-sedova'],
      sources: [TRAVEL_BLOG],
      evidence: {
        status: 'documented',
        note: {
          en: 'The travel blog says the entrance from the bedroom is armored, and that metal doors were installed after the attack. That this door is one of them is our inference.',
          es: 'El blog de viaje dice que la entrada desde el dormitorio está blindada y que tras el ataque se instalaron puertas metálicas. Que esta puerta sea una de ellas es una inferencia nuestra.',
        },
      },
      captionThen: [
        {
          eras: { until: '1940-08' },
          note: {
            en: 'At this date the door is still a wooden one: the metal doors came after the raid.',
            es: 'En esta fecha la puerta todavía es de madera: las puertas metálicas llegaron después del asalto.',
          },
        },
      ],
      related: ['armored-doors', 'tin-roof'],
    },
  ],
});
