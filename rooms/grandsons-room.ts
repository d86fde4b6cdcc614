import { TRAVEL_BLOG, defineRoom, documented, inferred, schematicLayout, shutteredWindowEvidence } from './define';
import { raidGrandsonsRoom } from './raid/grandsons-room';

export default defineRoom({
  id: 'grandsons-room',
  name: { en: 'Grandson’s room', es: 'Habitación del nieto' },
  intro: {
    en: 'The room of Vsevolod Volkov, called Sieva, who joined his grandfather in Mexico in August 1939. During the attack of May 1940 he hid under his bed; a bullet grazed his foot, the only wound anyone suffered that night. He later became the museum’s director.',
    es: 'El cuarto de Vsévolod Vólkov, Sieva, que llegó a México en agosto de 1939 para vivir con su abuelo. Durante el ataque de mayo de 1940 se escondió bajo la cama; una bala le hirió levemente el pie, la única herida de aquella noche. Con los años llegó a dirigir el museo.',
  },
  kind: 'indoor',
  footprint: { xM: 12, zM: 0, widthM: 5, depthM: 6 },
  layoutEvidence: schematicLayout(
    'Next to the bathroom, as its documented door implies; its size and its door to the garden are schematic.',
    'Junto al baño, como indica su puerta documentada; su tamaño y su puerta al jardín son esquemáticos.',
  ),
  wallHeightM: 3,
  finishes: { floor: 'wood', walls: 'ochre-plaster', ceiling: 'wood-beams' },
  changes: [
    {
      eras: { until: '1940-05-24' },
      note: {
        en: 'Sieva: not here yet; Trotsky’s grandson came to Mexico to join him in August 1939.',
        es: 'Sieva: todavía no ha llegado; el nieto de Trotsky vino a México a reunirse con él en agosto de 1939.',
      },
      evidence: documented(
        'The travel blog says Sieva arrived in Mexico to join his grandfather in August 1939.',
        'El blog de viaje dice que Sieva llegó a México para reunirse con su abuelo en agosto de 1939.',
      ),
    },
  ],
  doorways: [
    { to: 'bathroom' },
    {
      to: 'garden',
      opening: {
        wall: 'south',
        alongM: 2.5,
        widthM: 1,
        leaf: 'door',
        evidence: inferred(
          'A door to the garden is assumed: Sieva was woken by shots fired in the garden.',
          'Se supone una puerta al jardín: a Sieva lo despertaron los disparos en el jardín.',
        ),
      },
    },
  ],
  windows: [{ id: 'garden-window', wall: 'south', alongM: 4.2, widthM: 1, state: 'barred', evidence: shutteredWindowEvidence }],
  exhibits: [
    {
      id: 'sievas-bed',
      name: { en: 'Sieva’s bed', es: 'La cama de Sieva' },
      model: { kind: 'single-bed', xM: 12.75, zM: 1.12, facingDeg: 180 },
      caption: {
        en: 'In the early hours of 24 May 1940, Trotsky’s grandson Sieva was asleep in this room when gunshots in the garden woke him. By his own account he hid under the bed, and a bullet struck his foot, leaving a light wound. He was the only person hurt in the attack.',
        es: 'En la madrugada del 24 de mayo de 1940, Sieva, el nieto de Trotsky, dormía en este cuarto cuando lo despertaron los disparos en el jardín. Según su propio relato, se escondió debajo de la cama y una bala le dio en el pie, con una herida leve. Fue el único herido del ataque.',
      },
      when: { en: 'Early hours of 24 May 1940', es: 'Madrugada del 24 de mayo de 1940' },
      people: ['sieva-volkov', 'leon-trotsky'],
      sources: [TRAVEL_BLOG],
      evidence: {
        status: 'documented',
        note: {
          en: 'Sieva’s testimony, as the travel blog reports it, puts him asleep in this room and then under the bed. The blog does not say whether the bed shown is the one he hid under; its place in the room is reconstructed.',
          es: 'El testimonio de Sieva, tal como lo recoge el blog de viaje, lo sitúa dormido en este cuarto y luego debajo de la cama. El blog no dice si la cama que se muestra es aquella bajo la que se escondió; su lugar en el cuarto es una reconstrucción.',
        },
      },
      related: ['sievas-story', 'replacement-bed', 'corner-behind-bed', 'trapped-by-gunfire'],
    },
    {
      id: 'sievas-story',
      name: { en: 'Sieva’s story', es: 'La historia de Sieva' },
      model: { kind: 'marker', xM: 12.3, zM: 3.4, yM: 1.5 },
      caption: {
        en: 'Vsevolod Volkov, known as Sieva, was the son of Zina Bronstein, who took her own life in Berlin on 5 January 1933, and of Platon Volkov, who was seized in 1935, in the Great Purges, and vanished into the Gulag. He came to Mexico in August 1939 to live with his grandfather. After the attack, he recalled, Trotsky would joke on most mornings: “Natalia, they have given us one more day of life.” At the time the travel blog was written, Sieva was still alive and was the museum’s director.',
        es: 'Vsévolod Vólkov, Sieva, era hijo de Zina Bronstein, que se quitó la vida en Berlín el 5 de enero de 1933, y de Platón Vólkov, detenido en 1935 durante la Gran Purga y desaparecido en el Gulag. Llegó a México en agosto de 1939 para vivir con su abuelo. Según recordaba, después del ataque Trotsky bromeaba casi todas las mañanas: “Natalia, nos han dado un día más de vida”. Cuando se escribió el blog de viaje, Sieva seguía vivo y dirigía el museo.',
      },
      when: { en: 'Arrived in August 1939', es: 'Llegó en agosto de 1939' },
      people: ['sieva-volkov', 'zina-bronstein', 'platon-volkov', 'leon-trotsky', 'natalia-sedova'],
      sources: [TRAVEL_BLOG],
      evidence: {
        status: 'documented',
        note: {
          en: 'His parents, his arrival and his post at the museum come from the travel blog, which is undated, so we cannot say whether he still directs it. The quotation is Trotsky’s joke as Sieva remembered it, in the blog’s English; the Spanish is our translation.',
          es: 'Sus padres, su llegada y su cargo en el museo provienen del blog de viaje, que no tiene fecha, por lo que no podemos afirmar si sigue dirigiéndolo. La cita es la broma de Trotsky tal como la recordaba Sieva, en el inglés del blog; la versión en español es traducción nuestra.',
        },
      },
      related: ['sievas-bed', 'household-meals', 'armored-doors'],
    },
    ...raidGrandsonsRoom,
  ],
});
