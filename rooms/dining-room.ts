import { defineRoom, inferred, schematicLayout, shutteredWindowEvidence } from './define';

export default defineRoom({
  id: 'dining-room',
  name: { en: 'Dining room', es: 'Comedor' },
  intro: {
    en: 'The household ate together here: Trotsky, Natalia, their grandson Sieva and the close collaborators he called "the family". The furniture still stands as it was arranged, in its original colour.',
    es: 'Aquí comía toda la casa junta: Trotsky, Natalia, su nieto Sieva y los colaboradores cercanos a quienes él llamaba «la familia». Los muebles siguen en su disposición y con su color originales.',
  },
  kind: 'indoor',
  footprint: { xM: 32, zM: 6, widthM: 8, depthM: 6 },
  layoutEvidence: schematicLayout(
    'The dining room’s place between kitchen and office is schematic.',
    'La ubicación del comedor entre la cocina y la oficina es esquemática.',
  ),
  wallHeightM: 3,
  finishes: { floor: 'cement-tile', walls: 'ochre-plaster', ceiling: 'wood-beams' },
  doorways: [
    { to: 'kitchen' },
    {
      to: 'office',
      opening: {
        wall: 'north',
        alongM: 4,
        widthM: 1,
        leaf: 'door',
        evidence: inferred(
          'A door between dining room and office is assumed.',
          'Se supone una puerta entre el comedor y la oficina.',
        ),
      },
    },
  ],
  windows: [
    {
      id: 'west-window',
      wall: 'west',
      alongM: 3,
      widthM: 1.4,
      state: 'barred',
      evidence: shutteredWindowEvidence,
    },
    {
      id: 'east-window',
      wall: 'east',
      alongM: 3,
      widthM: 1.2,
      state: 'steel-shuttered',
      faces: { en: 'Morelos Street', es: 'calle Morelos' },
      evidence: shutteredWindowEvidence,
    },
  ],
});
