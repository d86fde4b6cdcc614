// The people the sources name, in the order of PERSON_IDS: who they were in this story, and only what the three
// articles say of them. Spellings follow the sources, with accents as a visitor would read the names.
import type { PersonInput, SourceFile } from './schema';

const KAHLO_RIVERA_1938: SourceFile = '000_78ac5b74e856ea78.txt';
const EXILE_IN_MEXICO: SourceFile = '001_9df9e8124444cb9b.txt';
const TRAVEL_BLOG: SourceFile = '002_b34dec8bdd231af5.txt';

export const people: PersonInput[] = [
  {
    id: 'leon-trotsky',
    name: 'Leon Trotsky',
    role: { en: 'Russian revolutionary in exile', es: 'Revolucionario ruso en el exilio' },
    about: {
      en: 'Founder of the Red Army and, after Lenin, a leading figure of the Russian Revolution, he lost the struggle with Stalin and spent his last years in exile, the final ones in this house. Ramón Mercader struck him with an ice axe in his study on 20 August 1940 and he died on the 21st; the sources date his arrival in Mexico to 1936 or to January 1937.',
      es: 'Fundador del Ejército Rojo y, después de Lenin, una de las figuras principales de la Revolución rusa, perdió la lucha contra Stalin y pasó sus últimos años en el exilio, los postreros en esta casa. Ramón Mercader lo atacó con un piolet en su estudio el 20 de agosto de 1940 y murió el día 21; las fuentes fechan su llegada a México en 1936 o en enero de 1937.',
    },
    sources: [KAHLO_RIVERA_1938, EXILE_IN_MEXICO, TRAVEL_BLOG],
  },
  {
    id: 'natalia-sedova',
    name: 'Natalia Sedova',
    role: { en: 'Trotsky’s wife', es: 'Esposa de Trotsky' },
    about: {
      en: 'She shared Trotsky’s exile, came with him to Mexico and had her own desk in the office of this house. The travel blog quotes her memories of him, and her ashes lie with his beneath the memorial in the garden.',
      es: 'Compartió el exilio de Trotsky, llegó con él a México y tenía su propio escritorio en la oficina de esta casa. El blog de viaje cita sus recuerdos de él, y sus cenizas reposan junto a las de Trotsky bajo el monumento del jardín.',
    },
    sources: [KAHLO_RIVERA_1938, TRAVEL_BLOG],
  },
  {
    id: 'sieva-volkov',
    name: 'Vsevolod (Sieva) Volkov',
    role: { en: 'Trotsky’s grandson', es: 'Nieto de Trotsky' },
    about: {
      en: 'The son of Zina Bronstein and Platon Volkov, he joined his grandfather in Mexico in August 1939, and was the only person wounded in the attack of 24 May 1940, hit in the foot while hiding under his bed. At the time the travel blog was written he was alive and directing the museum.',
      es: 'Hijo de Zina Bronstein y Platón Vólkov, llegó a México en agosto de 1939 para vivir con su abuelo y fue el único herido del ataque del 24 de mayo de 1940: una bala le dio en el pie mientras se escondía bajo la cama. Cuando se escribió el blog de viaje, seguía vivo y dirigía el museo.',
    },
    sources: [TRAVEL_BLOG],
  },
  {
    id: 'zina-bronstein',
    name: 'Zina Bronstein',
    role: { en: 'Sieva’s mother', es: 'Madre de Sieva' },
    about: {
      en: 'The mother of Trotsky’s grandson Sieva. She took her own life in Berlin on 5 January 1933.',
      es: 'Madre de Sieva, el nieto de Trotsky. Se quitó la vida en Berlín el 5 de enero de 1933.',
    },
    sources: [TRAVEL_BLOG],
  },
  {
    id: 'platon-volkov',
    name: 'Platon Volkov',
    role: { en: 'Sieva’s father', es: 'Padre de Sieva' },
    about: {
      en: 'The father of Trotsky’s grandson Sieva. He was arrested in 1935, during the Great Purges, and vanished in the Gulag.',
      es: 'Padre de Sieva, el nieto de Trotsky. Fue detenido en 1935, durante la Gran Purga, y desapareció en el Gulag.',
    },
    sources: [TRAVEL_BLOG],
  },
  {
    id: 'ramon-mercader',
    name: 'Ramón Mercader',
    role: { en: 'Trotsky’s assassin', es: 'Asesino de Trotsky' },
    about: {
      en: 'On 20 August 1940, in the study, he dealt Trotsky a fatal blow to the head with an ice axe; the travel blog gives his full name as Ramón Mercader del Río. The blog calls the killer a Stalinist agent who reached the household through an affair, begun years before, with a secretary Trotsky trusted.',
      es: 'El 20 de agosto de 1940, en el estudio, le asestó a Trotsky un golpe mortal en la cabeza con un piolet; el blog de viaje lo llama por su nombre completo, Ramón Mercader del Río. Según el blog, el asesino era un agente estalinista que llegó a la casa gracias a un romance, iniciado años antes, con una secretaria de confianza de Trotsky.',
    },
    sources: [EXILE_IN_MEXICO, TRAVEL_BLOG],
  },
  {
    id: 'david-alfaro-siqueiros',
    name: 'David Alfaro Siqueiros',
    role: { en: 'Muralist who led the attack of May 1940', es: 'Muralista que encabezó el ataque de mayo de 1940' },
    about: {
      en: 'A Mexican muralist and a Stalinist, he led the twenty gunmen who attacked the house in the early hours of 24 May 1940. He fired into the bedroom from its door onto the garden.',
      es: 'Muralista mexicano y estalinista, encabezó a los veinte pistoleros que atacaron la casa en la madrugada del 24 de mayo de 1940. Disparó contra el dormitorio desde su puerta al jardín.',
    },
    sources: [TRAVEL_BLOG],
  },
  {
    id: 'antonio-pujol',
    name: 'Antonio Pujol',
    role: { en: 'Spanish painter, one of the attackers', es: 'Pintor español, uno de los atacantes' },
    about: {
      en: 'One of the three gunmen the travel blog names in the attack of 24 May 1940, he fired into the bedroom from the door to the study.',
      es: 'Uno de los tres tiradores que el blog de viaje identifica en el ataque del 24 de mayo de 1940; disparó contra el dormitorio desde la puerta del estudio.',
    },
    sources: [TRAVEL_BLOG],
  },
  {
    id: 'luis-arenal',
    name: 'Luis Arenal',
    role: { en: 'Mexican painter, one of the attackers', es: 'Pintor mexicano, uno de los atacantes' },
    about: {
      en: 'One of the three named gunmen of 24 May 1940, he fired into the bedroom from a door the blog leaves unnamed. Together with Siqueiros and Pujol he fired nearly 200 rounds.',
      es: 'Uno de los tres tiradores identificados del 24 de mayo de 1940; disparó contra el dormitorio desde una puerta que el blog no precisa. Junto con Siqueiros y Pujol disparó casi 200 tiros.',
    },
    sources: [TRAVEL_BLOG],
  },
  {
    id: 'robert-sheldon-harte',
    name: 'Robert Sheldon Harte',
    role: { en: 'Bodyguard and chief of security', es: 'Guardaespaldas y jefe de seguridad' },
    about: {
      en: 'One of the bodyguards living in the guards’ house by May 1940, whom the travel blog also calls Trotsky’s chief of security. According to what the police said later, he opened the door to the attackers of 24 May 1940.',
      es: 'Uno de los guardaespaldas que vivían en la casa de los guardias en mayo de 1940; el blog de viaje lo llama también jefe de seguridad de Trotsky. Según dijo después la policía, fue él quien abrió la puerta a los atacantes del 24 de mayo de 1940.',
    },
    sources: [TRAVEL_BLOG],
  },
  {
    id: 'carmen-palma',
    name: 'Carmen Palma',
    role: { en: 'Cook of the household', es: 'Cocinera de la casa' },
    about: {
      en: 'The household’s cook, who was living in the guards’ house by May 1940. Like everyone there, she was kept in her room by the gunfire during the attack.',
      es: 'La cocinera de la casa, que en mayo de 1940 vivía en la casa de los guardias. Como todos los que vivían ahí, durante el ataque no pudo salir de su cuarto por la intensidad de los disparos.',
    },
    sources: [TRAVEL_BLOG],
  },
  {
    id: 'belen-estrada',
    name: 'Belén Estrada',
    role: { en: 'Domestic worker', es: 'Trabajadora doméstica' },
    about: {
      en: 'She worked as a servant in the household and, by May 1940, lived in the guards’ house with the cook, the assistants, the bodyguards and the Rosmers.',
      es: 'Trabajaba en el servicio de la casa y, en mayo de 1940, vivía en la casa de los guardias con la cocinera, los asistentes, los guardaespaldas y los Rosmer.',
    },
    sources: [TRAVEL_BLOG],
  },
  {
    id: 'otto-schussler',
    name: 'Otto Schüssler',
    role: { en: 'Trotsky’s assistant', es: 'Asistente de Trotsky' },
    about: {
      en: 'One of Trotsky’s assistants, he lived in the guards’ house by May 1940 and worked in the office during Trotsky’s last months. The travel blog spells his name Schussler.',
      es: 'Uno de los asistentes de Trotsky; en mayo de 1940 vivía en la casa de los guardias y trabajó en la oficina durante los últimos meses de Trotsky. El blog de viaje escribe su apellido Schussler.',
    },
    sources: [TRAVEL_BLOG],
  },
  {
    id: 'harold-robins',
    name: 'Harold Robins',
    role: { en: 'Trotsky’s assistant', es: 'Asistente de Trotsky' },
    about: {
      en: 'An assistant who lived in the guards’ house by May 1940 and worked in the office during Trotsky’s last months. The travel blog spells his surname both Robins and Robbins.',
      es: 'Asistente que en mayo de 1940 vivía en la casa de los guardias y trabajó en la oficina durante los últimos meses de Trotsky. El blog de viaje escribe su apellido unas veces Robins y otras Robbins.',
    },
    sources: [TRAVEL_BLOG],
  },
  {
    id: 'jake-cooper',
    name: 'Jake Cooper',
    role: { en: 'Trotsky’s assistant', es: 'Asistente de Trotsky' },
    about: {
      en: 'An assistant who lived in the guards’ house by May 1940 and worked in the office during Trotsky’s last months. The travel blog calls him Jake in one place and Jackie in another.',
      es: 'Asistente que en mayo de 1940 vivía en la casa de los guardias y trabajó en la oficina durante los últimos meses de Trotsky. El blog de viaje lo llama Jake en un lugar y Jackie en otro.',
    },
    sources: [TRAVEL_BLOG],
  },
  {
    id: 'charles-cornell',
    name: 'Charles Cornell',
    role: { en: 'Trotsky’s assistant', es: 'Asistente de Trotsky' },
    about: {
      en: 'An assistant who lived in the guards’ house by May 1940 and worked in the office during Trotsky’s last months.',
      es: 'Asistente que en mayo de 1940 vivía en la casa de los guardias y trabajó en la oficina durante los últimos meses de Trotsky.',
    },
    sources: [TRAVEL_BLOG],
  },
  {
    id: 'walter-kerley',
    name: 'Walter Kerley',
    role: { en: 'Bodyguard', es: 'Guardaespaldas' },
    about: {
      en: 'One of Trotsky’s bodyguards, living in the guards’ house by May 1940. During the attack the gunfire kept him and the others there from leaving their rooms.',
      es: 'Uno de los guardaespaldas de Trotsky, que en mayo de 1940 vivía en la casa de los guardias. Durante el ataque, los disparos les impidieron a él y a los demás salir de sus cuartos.',
    },
    sources: [TRAVEL_BLOG],
  },
  {
    id: 'alfred-rosmer',
    name: 'Alfred Rosmer',
    role: { en: 'Old friend from France', es: 'Viejo amigo francés' },
    about: {
      en: 'An old French friend of Trotsky’s who, with his wife Marguerite, was living in the guards’ house by May 1940.',
      es: 'Viejo amigo francés de Trotsky que, con su esposa Marguerite, vivía en la casa de los guardias en mayo de 1940.',
    },
    sources: [TRAVEL_BLOG],
  },
  {
    id: 'marguerite-rosmer',
    name: 'Marguerite Rosmer',
    role: { en: 'Old friend from France', es: 'Vieja amiga francesa' },
    about: {
      en: 'Alfred Rosmer’s wife and, like him, an old French friend of Trotsky’s; by May 1940 the couple lived in the guards’ house.',
      es: 'Esposa de Alfred Rosmer y, como él, vieja amiga francesa de Trotsky; en mayo de 1940 la pareja vivía en la casa de los guardias.',
    },
    sources: [TRAVEL_BLOG],
  },
  {
    id: 'fanny-ivanovich',
    name: 'Fanny Ivanovich',
    role: { en: 'Trotsky’s secretary', es: 'Secretaria de Trotsky' },
    about: {
      en: 'She worked in the office during Trotsky’s last months. When he recorded texts on the Ediphone’s wax cylinders, she typed them up on an Underwood typewriter.',
      es: 'Trabajó en la oficina durante los últimos meses de Trotsky. Cuando él grababa textos en los cilindros de cera del Ediphone, ella los pasaba a máquina en una Underwood.',
    },
    sources: [TRAVEL_BLOG],
  },
  {
    id: 'joseph-hansen',
    name: 'Joseph Hansen',
    role: { en: 'Longtime collaborator', es: 'Antiguo colaborador' },
    about: {
      en: 'A collaborator of Trotsky’s for many years, he joined the staff in the office in May 1940.',
      es: 'Colaborador de Trotsky desde hacía años, se sumó al equipo de la oficina en mayo de 1940.',
    },
    sources: [TRAVEL_BLOG],
  },
  {
    id: 'lazaro-cardenas',
    name: 'Lázaro Cárdenas',
    role: { en: 'President of Mexico', es: 'Presidente de México' },
    about: {
      en: 'Diego Rivera petitioned his government to give Trotsky sanctuary in Mexico. After the attack of May 1940 he ordered the house to be fortified.',
      es: 'Diego Rivera pidió a su gobierno que diera asilo a Trotsky en México. Tras el ataque de mayo de 1940 ordenó fortificar la casa.',
    },
    sources: [KAHLO_RIVERA_1938, TRAVEL_BLOG],
  },
  {
    id: 'diego-rivera',
    name: 'Diego Rivera',
    role: { en: 'Mexican painter, Trotsky’s host', es: 'Pintor mexicano, anfitrión de Trotsky' },
    about: {
      en: 'He asked the government of Lázaro Cárdenas to grant Trotsky sanctuary, and with Frida Kahlo he took in Trotsky and Natalia when they arrived. He was unwell when they landed at Tampico, visited Trotsky with Kahlo in 1938, and the friendship between the two couples later fell apart.',
      es: 'Pidió al gobierno de Lázaro Cárdenas que diera asilo a Trotsky y, con Frida Kahlo, recibió en su casa a Trotsky y Natalia cuando llegaron. Estaba enfermo cuando desembarcaron en Tampico, visitó a Trotsky con Kahlo en 1938 y, con el tiempo, la amistad entre las dos parejas se rompió.',
    },
    sources: [KAHLO_RIVERA_1938, EXILE_IN_MEXICO, TRAVEL_BLOG],
  },
  {
    id: 'frida-kahlo',
    name: 'Frida Kahlo',
    role: { en: 'Mexican painter, Trotsky’s host', es: 'Pintora mexicana, anfitriona de Trotsky' },
    about: {
      en: 'She boarded the ship at Tampico to welcome the Trotskys, travelled with them to Mexico City and lodged them in the Blue House, her family home in Coyoacán, where she had been born in 1907. She and Trotsky had a brief affair, and afterwards the Trotskys moved to this house, five blocks away.',
      es: 'Subió al barco en Tampico para recibir a los Trotsky, viajó con ellos a la Ciudad de México y los alojó en la Casa Azul, la casa de su familia en Coyoacán, donde había nacido en 1907. Ella y Trotsky tuvieron un breve romance, y después los Trotsky se mudaron a esta casa, a cinco cuadras de ahí.',
    },
    sources: [KAHLO_RIVERA_1938, EXILE_IN_MEXICO, TRAVEL_BLOG],
  },
  {
    id: 'joseph-stalin',
    name: 'Joseph Stalin',
    role: { en: 'Soviet leader, Trotsky’s enemy', es: 'Dirigente soviético, enemigo de Trotsky' },
    about: {
      en: 'He won the struggle with Trotsky over the course of Soviet communism, orchestrated the show trials against which Trotsky defended himself from Mexico, and, the travel blog says, gave orders for him to be killed. Trotsky’s biography of him was left unfinished when Trotsky died.',
      es: 'Se impuso a Trotsky en la lucha por dirigir el rumbo del comunismo soviético, orquestó los juicios públicos de los que Trotsky se defendió desde México y, según el blog de viaje, ordenó que lo mataran. La biografía que Trotsky escribía sobre él quedó inconclusa a su muerte.',
    },
    sources: [EXILE_IN_MEXICO, TRAVEL_BLOG],
  },
];
