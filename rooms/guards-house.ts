import { defineRoom, inferred, schematicLayout, shutteredWindowEvidence } from './define';

export default defineRoom({
  id: 'guards-house',
  name: { en: "Guards' house", es: 'Casa de los guardias' },
  intro: {
    en: 'Trotsky had this wing built after moving in, in 1939, for the people he called "the family": secretaries, guards, the cook, a servant and two old friends from France. When the house was attacked in May 1940, the gunfire kept all of them shut inside their rooms.',
    es: 'Trotsky mandó construir este pabellón después de mudarse, en 1939, para quienes llamaba «la familia»: secretarios, guardias, la cocinera, una sirvienta y dos viejos amigos franceses. Durante el ataque de mayo de 1940 el tiroteo los mantuvo a todos encerrados en sus cuartos.',
  },
  kind: 'indoor',
  footprint: { xM: 2, zM: 28, widthM: 12, depthM: 6 },
  layoutEvidence: schematicLayout(
    'The building is documented; its place by the south wall and its size are schematic.',
    'El edificio está documentado; su ubicación junto al muro sur y su tamaño son esquemáticos.',
  ),
  wallHeightM: 2.9,
  finishes: { floor: 'cement-tile', walls: 'whitewash', ceiling: 'wood-beams' },
  doorways: [
    {
      to: 'garden',
      opening: {
        wall: 'north',
        alongM: 6,
        widthM: 1.1,
        leaf: 'door',
        evidence: inferred('A door onto the garden is assumed.', 'Se supone una puerta que da al jardín.'),
      },
    },
  ],
  windows: [
    {
      id: 'north-west-window',
      wall: 'north',
      alongM: 2.5,
      widthM: 1.2,
      state: 'barred',
      evidence: shutteredWindowEvidence,
    },
    {
      id: 'north-east-window',
      wall: 'north',
      alongM: 9.5,
      widthM: 1.2,
      state: 'barred',
      evidence: shutteredWindowEvidence,
    },
  ],
});
