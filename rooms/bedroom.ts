import { TRAVEL_BLOG, defineRoom, documented, inEras, schematicLayout } from './define';
import { cornerMarkerEvidence, cornerMarkerNote, raidBedroom } from './raid/bedroom';
import { bedEvidence, bedNote, gardenDoorEvidence, gardenDoorNote, originalBed, woodenBathroomDoor, woodenBathroomDoorNote } from './then/bedroom';

export default defineRoom({
  id: 'bedroom',
  name: { en: 'Bedroom', es: 'Dormitorio' },
  intro: {
    en: 'Before dawn on 24 May 1940 some twenty gunmen led by the painter David Alfaro Siqueiros fired into this room from three doors. Trotsky and Natalia threw themselves into the corner behind the bed, the one place the shooters could not see, and survived. Bullet holes still mark the walls.',
    es: 'Antes del amanecer del 24 de mayo de 1940, una veintena de pistoleros encabezados por el pintor David Alfaro Siqueiros disparó contra este cuarto desde tres puertas. Trotsky y Natalia se arrojaron al rincón detrás de la cama, el único sitio fuera de la vista de los atacantes, y sobrevivieron. Las paredes aún muestran los impactos.',
  },
  kind: 'indoor',
  footprint: { xM: 19, zM: 0, widthM: 6, depthM: 6 },
  layoutEvidence: schematicLayout(
    'The bedroom’s doors to the garden, the study and the bathroom are documented; their exact places are schematic.',
    'Las puertas del dormitorio al jardín, al estudio y al baño están documentadas; su ubicación exacta es esquemática.',
  ),
  wallHeightM: 3,
  finishes: { floor: 'wood', walls: 'whitewash', ceiling: 'wood-beams' },
  doorways: [
    { to: 'study' },
    {
      to: 'bathroom',
      opening: {
        wall: 'west',
        alongM: 4.4,
        widthM: 0.8,
        leaf: 'armored',
        evidence: documented(
          'The bathroom’s second entrance, from the bedroom, is armored: metal doors were fitted after the attack.',
          'La segunda entrada del baño, desde el dormitorio, está blindada: tras el ataque se colocaron puertas metálicas.',
        ),
        history: [woodenBathroomDoor],
      },
    },
    {
      to: 'garden',
      // Today a window (windows[0]); a door onto the garden in 1939–40.
      opening: {
        wall: 'south',
        alongM: 3,
        widthM: 1,
        leaf: 'door',
        kind: 'window',
        history: [{ eras: { until: 'today' }, kind: 'door', note: gardenDoorNote, evidence: gardenDoorEvidence }],
        evidence: documented(
          'The bedroom had a door onto the garden, from which Siqueiros fired; its place along the south wall is schematic.',
          'El dormitorio tenía una puerta al jardín, desde la que disparó Siqueiros; su ubicación en el muro sur es esquemática.',
        ),
      },
    },
  ],
  // Standing by the old garden door, a visitor sees the bed, the north wall's bullet holes and the corner.
  entrance: { xM: 20.8, zM: 4.6, headingDeg: 52 },
  windows: [
    {
      id: 'former-garden-door',
      wall: 'south',
      alongM: 3,
      widthM: 1,
      sillM: 0.9,
      heightM: 1.2,
      state: 'barred',
      formerly: 'door',
      faces: { en: 'the garden', es: 'el jardín' },
      ...inEras({ from: 'today' }, gardenDoorNote, gardenDoorEvidence),
      evidence: documented(
        'Siqueiros fired from the bedroom’s door onto the garden, which has since become a window.',
        'Siqueiros disparó desde la puerta del dormitorio que daba al jardín, convertida después en ventana.',
      ),
    },
  ],
  exhibits: [
    {
      id: 'replacement-bed',
      name: { en: 'The replacement bed', es: 'La cama que sustituyó a la original' },
      model: { kind: 'double-bed', xM: 23.5, zM: 1.17, facingDeg: 180 },
      caption: {
        en: 'This is not the bed Trotsky and Natalia slept in. Theirs was struck by more than fifty bullets in the early hours of 24 May 1940, when gunmen led by David Alfaro Siqueiros shot into the room, and another bed now stands in its place. Neither of them was hurt: the only person wounded that night was their grandson Sieva.',
        es: 'Esta no es la cama en la que dormían Trotsky y Natalia. La suya recibió más de cincuenta balazos en la madrugada del 24 de mayo de 1940, cuando un grupo armado encabezado por David Alfaro Siqueiros disparó contra el cuarto; hoy ocupa su lugar otra cama. Ninguno de los dos resultó herido: el único herido de esa noche fue su nieto Sieva.',
      },
      when: { en: 'Early hours of 24 May 1940', es: 'Madrugada del 24 de mayo de 1940' },
      people: ['leon-trotsky', 'natalia-sedova', 'david-alfaro-siqueiros', 'sieva-volkov'],
      sources: [TRAVEL_BLOG],
      evidence: {
        status: 'documented',
        note: {
          en: 'The travel blog states that today’s bed replaced the couple’s own, which was hit by more than fifty bullets. The blog sees bullet holes both in the north wall and above the headboard; setting the headboard against the north wall is our reconstruction.',
          es: 'El blog de viaje afirma que la cama actual sustituyó a la de la pareja, alcanzada por más de cincuenta balas. El blog menciona impactos en el muro norte y sobre la cabecera; colocar la cabecera contra el muro norte es una reconstrucción nuestra.',
        },
      },
      related: ['bullet-holes', 'corner-behind-bed', 'attackers-doors', 'sievas-bed'],
      ...inEras({ from: 'today' }, bedNote, bedEvidence),
    },
    originalBed,
    {
      id: 'bullet-holes',
      name: { en: 'Bullet holes', es: 'Huellas de bala' },
      model: { kind: 'bullet-holes', xM: 23.5, zM: 0.14, yM: 1.05, facingDeg: 180 },
      caption: {
        en: 'The attackers carried powerful weapons, and hundreds of their bullets buried themselves deep in the walls of the house. Siqueiros, Antonio Pujol and Luis Arenal alone fired close to 200 rounds into the bed and the walls of this room. Some of the holes can still be made out above the headboard and in the north wall.',
        es: 'Los atacantes llevaban armas potentes, y cientos de balas quedaron incrustadas a fondo en los muros de la casa. Tan solo Siqueiros, Antonio Pujol y Luis Arenal dispararon cerca de 200 tiros contra la cama y las paredes de este cuarto. Todavía se distinguen algunos orificios sobre la cabecera y en el muro norte.',
      },
      when: { en: 'Early hours of 24 May 1940', es: 'Madrugada del 24 de mayo de 1940' },
      people: ['david-alfaro-siqueiros', 'antonio-pujol', 'luis-arenal'],
      sources: [TRAVEL_BLOG],
      evidence: {
        status: 'documented',
        note: {
          en: 'The hundreds of bullets, the nearly 200 rounds of the three named shooters and the holes still visible in the north wall and above the headboard are described by the travel blog. The size and exact place of the patch shown here are reconstructed.',
          es: 'Los cientos de balas, los casi 200 tiros de los tres atacantes identificados y los orificios aún visibles en el muro norte y sobre la cabecera los describe el blog de viaje. El tamaño y la ubicación exacta de la zona que se muestra aquí son una reconstrucción.',
        },
      },
      related: ['replacement-bed', 'original-bed', 'attackers-doors', 'corner-behind-bed', 'trapped-by-gunfire'],
      ...inEras(
        { from: '1940-05-24' },
        {
          en: 'The walls: no bullet holes yet; the shooting of 24 May 1940 left them.',
          es: 'Los muros: todavía sin huellas de bala; las dejó el tiroteo del 24 de mayo de 1940.',
        },
        documented('The travel blog dates the shooting that left the holes to 24 May 1940.', 'El blog de viaje fecha el 24 de mayo de 1940 el tiroteo que dejó los orificios.'),
      ),
    },
    {
      id: 'corner-behind-bed',
      name: { en: 'The corner behind the bed', es: 'El rincón detrás de la cama' },
      model: { kind: 'marker', xM: 24.55, zM: 0.42, yM: 0.6 },
      caption: {
        en: 'When the shooting began, Trotsky and Natalia dropped to the floor in the corner behind the bed. By Trotsky’s own account, it was the one spot in the room the attackers could not see, and that is what kept them alive.',
        es: 'Cuando empezaron los disparos, Trotsky y Natalia se tiraron al suelo en el rincón detrás de la cama. Según contó el propio Trotsky, era el único lugar del cuarto que los atacantes no alcanzaban a ver, y eso les salvó la vida.',
      },
      when: { en: 'Early hours of 24 May 1940', es: 'Madrugada del 24 de mayo de 1940' },
      people: ['leon-trotsky', 'natalia-sedova'],
      sources: [TRAVEL_BLOG],
      evidence: {
        status: 'documented',
        note: {
          en: 'Trotsky’s account of hiding in the corner behind the bed is reported by the travel blog. It does not say which corner: the one marked here, beside the headboard and screened by the bed from the garden door, is our reconstruction.',
          es: 'El blog de viaje recoge el relato de Trotsky sobre el rincón detrás de la cama. No dice cuál era: el que se señala aquí, junto a la cabecera y tapado por la cama desde la puerta del jardín, es una reconstrucción nuestra.',
        },
      },
      related: ['replacement-bed', 'original-bed', 'bullet-holes', 'attackers-doors'],
      // The museum's marker of the place: on the night the couple themselves are in the corner (raid/bedroom.ts).
      ...inEras({ from: '1940-08' }, cornerMarkerNote, cornerMarkerEvidence),
    },
    {
      id: 'attackers-doors',
      name: { en: 'Three doors, three gunmen', es: 'Tres puertas, tres tiradores' },
      model: { kind: 'marker', xM: 22, zM: 5.7, yM: 1.5 },
      caption: {
        en: 'Twenty attackers led by the muralist David Alfaro Siqueiros got into the house; the police later said that Robert Sheldon Harte, Trotsky’s chief of security, had opened the door to them. Siqueiros shot into the bedroom from its garden door, which is now this window, while the Spanish painter Antonio Pujol fired from the study door and the Mexican painter Luis Arenal from the room’s other door. They also threw incendiary bombs into the house, because besides killing Trotsky they meant to burn his archives.',
        es: 'Veinte atacantes encabezados por el muralista David Alfaro Siqueiros entraron a la casa; según dijo después la policía, Robert Sheldon Harte, jefe de seguridad de Trotsky, les abrió la puerta. Siqueiros disparó hacia el dormitorio desde la puerta que daba al jardín, hoy convertida en esta ventana; el pintor español Antonio Pujol lo hizo desde la puerta del estudio y el pintor mexicano Luis Arenal desde la otra puerta del cuarto. También lanzaron bombas incendiarias dentro de la casa: además de matar a Trotsky, querían quemar su archivo.',
      },
      when: { en: 'Early hours of 24 May 1940', es: 'Madrugada del 24 de mayo de 1940' },
      people: ['david-alfaro-siqueiros', 'antonio-pujol', 'luis-arenal', 'robert-sheldon-harte', 'leon-trotsky'],
      sources: [TRAVEL_BLOG],
      evidence: {
        status: 'documented',
        note: {
          en: 'The three shooters and their doors, the police’s account of Harte and the incendiary bombs all come from the travel blog. The blog does not say which door was Arenal’s “other door”, and the place of the old garden door along the south wall is schematic.',
          es: 'Los tres tiradores y sus puertas, la versión de la policía sobre Harte y las bombas incendiarias provienen del blog de viaje. El blog no aclara cuál era la “otra puerta” de Arenal, y la ubicación de la antigua puerta al jardín en el muro sur es esquemática.',
        },
      },
      captionThen: [
        {
          eras: { until: 'today' },
          note: {
            en: 'At this date the garden opening is still a door; it became the window the museum shows.',
            es: 'En esta fecha el hueco al jardín todavía es una puerta; luego se volvió la ventana que muestra el museo.',
          },
        },
      ],
      related: ['bullet-holes', 'corner-behind-bed', 'armored-doors', 'trapped-by-gunfire', 'sievas-bed'],
    },
    {
      id: 'armored-doors',
      name: { en: 'Armored doors', es: 'Puertas blindadas' },
      model: { kind: 'marker', xM: 19.3, zM: 4.4, yM: 1.5 },
      caption: {
        en: 'After the attack, President Lázaro Cárdenas ordered the house to be fortified. Metal doors were fitted, like the armored one that leads from this bedroom to the bathroom, and the alarm systems outside were improved. Watchtowers went up as well, and Trotsky’s outings were forbidden.',
        es: 'Después del ataque, el presidente Lázaro Cárdenas ordenó fortificar la casa. Se colocaron puertas metálicas, como la blindada que comunica este dormitorio con el baño, y se mejoraron las alarmas del exterior. También se levantaron torres de vigilancia y se prohibieron las salidas de Trotsky.',
      },
      when: { en: 'After 24 May 1940', es: 'Después del 24 de mayo de 1940' },
      people: ['lazaro-cardenas', 'leon-trotsky'],
      sources: [TRAVEL_BLOG],
      evidence: {
        status: 'documented',
        note: {
          en: 'The travel blog reports Cárdenas’s order, the metal doors, the better alarms, the watchtowers and the end of the outings, and says the bathroom’s entrance from the bedroom is armored. It gives no exact date for the work, and does not say which door its photograph of a metal door shows.',
          es: 'El blog de viaje informa de la orden de Cárdenas, las puertas metálicas, las mejores alarmas, las torres de vigilancia y el fin de las salidas, y dice que la entrada del baño desde el dormitorio está blindada. No da una fecha precisa de las obras ni aclara qué puerta muestra su fotografía de una puerta metálica.',
        },
      },
      captionThen: [{ eras: { until: '1940-08' }, note: woodenBathroomDoorNote }],
      related: ['armored-bathroom-door', 'watchtowers', 'perimeter-walls', 'bricked-east-window', 'half-bricked-windows'],
    },
    ...raidBedroom,
  ],
});
