import type { GlossaryEntryInput } from '../types';

/** Accommodations, modifications and the equipment that appears in them. */
export const SUPPORT_TERMS: GlossaryEntryInput[] = [
  {
    id: 'accommodation',
    terms: {
      en: ['accommodation', 'accommodations'],
      es: ['adaptación', 'adaptaciones', 'acomodación', 'acomodaciones', 'acomodo', 'acomodos'],
    },
    en: {
      term: 'accommodation',
      explanation:
        'A change in how a child learns or shows what they know, like extra time or using a keyboard. It does not change what is taught or expected.',
    },
    es: {
      term: 'adaptación',
      explanation:
        'Un cambio en la forma en que el niño aprende o demuestra lo que sabe, como tener más tiempo o usar un teclado. No cambia lo que se enseña ni lo que se espera.',
    },
  },
  {
    id: 'modification',
    terms: {
      en: ['modification', 'modifications', 'modified curriculum', 'modified work'],
      es: ['modificación', 'modificaciones', 'currículo modificado', 'trabajo modificado'],
    },
    en: {
      term: 'modification',
      explanation:
        'A change in what a child is expected to learn or do, like fewer problems or easier ones than classmates get.',
    },
    es: {
      term: 'modificación',
      explanation:
        'Un cambio en lo que se espera que el niño aprenda o haga, como tener menos problemas o problemas más fáciles que sus compañeros.',
    },
  },
  {
    id: 'slant-board',
    terms: {
      en: ['slant board', 'slant boards', 'slantboard', 'slanted writing surface', 'writing slope'],
      es: [
        'tabla inclinada',
        'tablas inclinadas',
        'atril inclinado',
        'atriles inclinados',
        'plano inclinado',
        'superficie inclinada',
      ],
    },
    en: {
      term: 'slant board',
      explanation:
        'A tilted surface placed on the desk for writing or reading. It helps keep the wrist in a good position and makes the page easier to see.',
    },
    es: {
      term: 'tabla inclinada',
      explanation:
        'Una superficie inclinada que se pone sobre el pupitre para escribir o leer. Ayuda a que la muñeca quede en buena posición y a ver mejor la hoja.',
    },
  },
  {
    id: 'adapted-pencil-grip',
    terms: {
      en: [
        'adapted pencil grip',
        'adapted pencil grips',
        'adaptive pencil grip',
        'adaptive pencil grips',
        'pencil gripper',
        'pencil grippers',
        'adapted pencil',
        'adapted pencils',
      ],
      es: [
        'adaptador para lápiz',
        'adaptadores para lápiz',
        'adaptador de lápiz',
        'lápiz adaptado',
        'lápices adaptados',
        'agarrador de lápiz',
      ],
    },
    en: {
      term: 'adapted pencil grip',
      explanation:
        'A soft or shaped piece that slides onto a pencil, or a pencil with a special shape. It makes the pencil easier and more comfortable to hold.',
    },
    es: {
      term: 'adaptador para lápiz',
      explanation:
        'Una pieza blanda o con una forma especial que se pone en el lápiz, o un lápiz con una forma especial. Hace que el lápiz sea más fácil y cómodo de sostener.',
    },
  },
  {
    id: 'assistive-technology',
    terms: {
      en: ['assistive technology', 'assistive technologies', 'assistive tech'],
      es: ['tecnología de asistencia', 'tecnologías de asistencia', 'tecnología asistiva', 'tecnología de apoyo'],
    },
    en: {
      term: 'assistive technology',
      explanation:
        'Tools, from a simple pencil grip to an app on a tablet, that help a child do a task that is hard because of a disability, like typing instead of writing by hand.',
    },
    es: {
      term: 'tecnología de asistencia',
      explanation:
        'Herramientas, desde un simple adaptador para lápiz hasta una aplicación en la tableta, que ayudan al niño a hacer una tarea que le cuesta por su discapacidad, como escribir en un teclado en vez de a mano.',
    },
  },
  {
    id: 'speech-to-text',
    terms: {
      en: ['speech-to-text', 'speech to text', 'voice typing', 'dictation software'],
      es: ['voz a texto', 'dictado por voz', 'reconocimiento de voz', 'escritura por voz'],
    },
    en: {
      term: 'speech-to-text',
      explanation:
        'A computer or tablet feature that turns spoken words into typed words, so a child can write by talking.',
    },
    es: {
      term: 'voz a texto',
      explanation:
        'Una función de la computadora o la tableta que convierte lo que uno dice en palabras escritas, para que el niño pueda escribir hablando.',
    },
  },
  {
    id: 'visual-schedule',
    terms: {
      en: ['visual schedule', 'visual schedules', 'picture schedule', 'picture schedules'],
      es: ['horario visual', 'horarios visuales', 'agenda visual', 'agendas visuales'],
    },
    en: {
      term: 'visual schedule',
      explanation: "A list of the day's activities shown with pictures or words, so the child can see what comes next.",
    },
    es: {
      term: 'horario visual',
      explanation:
        'Una lista de las actividades del día con dibujos o palabras, para que el niño pueda ver lo que sigue.',
    },
  },
];
