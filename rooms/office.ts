import { defineRoom, documented, inferred, schematicLayout } from './define';

export default defineRoom({
  id: 'office',
  name: { en: 'Office', es: 'Oficina' },
  intro: {
    en: 'The secretaries’ room, its tables always buried in papers, newspapers and magazines. Natalia Sedova worked here too. Every evening at nine, after dinner, Trotsky met his collaborators here to go over the day.',
    es: 'La sala de los secretarios, con las mesas siempre cubiertas de papeles, periódicos y revistas. Natalia Sedova también trabajaba aquí. Cada noche a las nueve, después de cenar, Trotsky se reunía aquí con sus colaboradores para repasar la jornada.',
  },
  kind: 'indoor',
  footprint: { xM: 32, zM: 0, widthM: 8, depthM: 6 },
  layoutEvidence: schematicLayout(
    'Its corner between Morelos Street (east) and Viena Street (north) follows from the documented windows and portico; its size is schematic.',
    'Su esquina entre la calle Morelos (este) y la calle Viena (norte) se deduce de las ventanas y el pórtico documentados; su tamaño es esquemático.',
  ),
  wallHeightM: 3,
  finishes: { floor: 'wood', walls: 'whitewash', ceiling: 'wood-beams' },
  doorways: [
    { to: 'dining-room' },
    {
      to: 'study',
      opening: {
        wall: 'west',
        alongM: 3,
        widthM: 0.9,
        leaf: 'door',
        evidence: inferred(
          'A door from the secretaries’ office into Trotsky’s study is assumed.',
          'Se supone una puerta entre la oficina de los secretarios y el estudio de Trotsky.',
        ),
      },
    },
  ],
  windows: [
    {
      id: 'morelos-window-north',
      wall: 'east',
      alongM: 1.8,
      widthM: 1.2,
      state: 'half-bricked',
      faces: { en: 'Morelos Street', es: 'calle Morelos' },
      evidence: documented(
        'Both windows on Morelos Street were walled up to half their height.',
        'Las dos ventanas sobre la calle Morelos se tapiaron hasta la mitad.',
      ),
    },
    {
      id: 'morelos-window-south',
      wall: 'east',
      alongM: 4.2,
      widthM: 1.2,
      state: 'half-bricked',
      faces: { en: 'Morelos Street', es: 'calle Morelos' },
      evidence: documented(
        'Both windows on Morelos Street were walled up to half their height.',
        'Las dos ventanas sobre la calle Morelos se tapiaron hasta la mitad.',
      ),
    },
    {
      id: 'viena-portico',
      wall: 'north',
      alongM: 4,
      widthM: 2.4,
      sillM: 0,
      heightM: 2.5,
      state: 'bricked',
      formerly: 'portico',
      faces: { en: 'Viena Street', es: 'calle Viena' },
      evidence: documented(
        'At one end of the office the old portico onto Viena Street was bricked up completely.',
        'En un extremo de la oficina, el antiguo pórtico hacia la calle Viena quedó tapiado por completo.',
      ),
    },
  ],
});
