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
  exhibits: [
    {
      id: 'dining-table',
      name: { en: 'Dining table and chairs', es: 'Mesa y sillas del comedor' },
      // In the middle of the room, with 1.1 m free before both doorways and room to walk round it.
      model: { kind: 'dining-set', xM: 36, zM: 9, facingDeg: 180 },
      caption: {
        en: 'The dining-room furniture still stands in its original arrangement and keeps its original colour, like most of a house that was left essentially untouched after Trotsky’s death in August 1940. Because so little has been moved, visitors see the room much as the household knew it in 1940. The sources do not say what the colour is, so the finish of this model is our reconstruction.',
        es: 'Los muebles del comedor siguen en su disposición original y conservan su color de origen, como casi toda la casa, que se dejó prácticamente igual tras la muerte de Trotsky en agosto de 1940. Como casi nada se ha movido, el visitante ve el cuarto más o menos como lo conocieron sus habitantes en 1940. Las fuentes no dicen de qué color son, así que el acabado de este modelo es una reconstrucción nuestra.',
      },
      when: { en: 'As it was in 1940', es: 'Tal como estaba en 1940' },
      people: ['leon-trotsky', 'natalia-sedova', 'sieva-volkov'],
      sources: ['002_b34dec8bdd231af5.txt'],
      evidence: {
        status: 'documented',
        note: {
          en: 'That the furniture keeps its original layout and colour is documented; the colour itself is not named, and this model’s shape, size and finish are our reconstruction.',
          es: 'Está documentado que los muebles conservan su disposición y su color originales; el color no se menciona, y la forma, el tamaño y el acabado de este modelo son una reconstrucción nuestra.',
        },
      },
      related: ['household-meals', 'kitchen-table', 'icebox'],
    },
    {
      id: 'household-meals',
      name: { en: 'Meals with “the family”', es: 'Las comidas con «la familia»' },
      // Above the middle of the table.
      model: { kind: 'marker', xM: 36, zM: 9, yM: 1.6 },
      caption: {
        en: 'Meals were shared: Trotsky, Natalia, their grandson Sieva (here from August 1939) and the close collaborators Trotsky called “the family” all ate at this table. In working days otherwise given over to writing, these communal meals and a few short naps were his only breaks. After dinner, at nine each evening, he gathered his associates in the office to go over what the day had brought.',
        es: 'Las comidas eran en común: Trotsky, Natalia, su nieto Sieva —que llegó en agosto de 1939— y los colaboradores cercanos a quienes Trotsky llamaba «la familia» comían todos en esta mesa. En jornadas dedicadas casi por completo a escribir, estas comidas compartidas y alguna siesta breve eran sus únicas pausas. Después de la cena, a las nueve de la noche, reunía a sus colaboradores en la oficina para repasar lo hecho en el día.',
      },
      when: { en: '1939–1940', es: '1939-1940' },
      people: ['leon-trotsky', 'natalia-sedova', 'sieva-volkov'],
      sources: ['002_b34dec8bdd231af5.txt'],
      evidence: {
        status: 'documented',
        note: {
          en: 'That Trotsky, Natalia, Sieva and “the family” ate here, and the place of shared meals in his day, are documented; who sat where is not known.',
          es: 'Está documentado que Trotsky, Natalia, Sieva y «la familia» comían aquí, y el lugar que ocupaban las comidas en común en su jornada; no se sabe quién se sentaba dónde.',
        },
      },
      related: ['dining-table', 'evening-meeting', 'family-wing', 'kitchen-table'],
    },
  ],
});
