import type { GlossaryEntryInput } from '../types';

/** The IEP itself, how OT services are delivered, and the words of the law around them. */
export const IEP_TERMS: GlossaryEntryInput[] = [
  {
    id: 'iep',
    terms: {
      en: [
        'IEP',
        'IEPs',
        'Individualized Education Program',
        'Individualized Education Programs',
        'Individualized Education Plan',
      ],
      es: [
        'IEP',
        'programa de educación individualizado',
        'programa educativo individualizado',
        'plan educativo individualizado',
        'PEI',
      ],
    },
    en: {
      term: 'IEP',
      explanation:
        "A written plan for a student who gets special education. It lists the student's needs, goals, and the services and supports the school will give.",
    },
    es: {
      term: 'IEP',
      explanation:
        'Un plan por escrito para un estudiante que recibe educación especial. Describe sus necesidades, sus metas y los servicios y apoyos que le dará la escuela.',
    },
  },
  {
    id: 'occupational-therapy',
    terms: {
      en: ['occupational therapy', 'occupational therapist', 'occupational therapists', 'OT'],
      es: ['terapia ocupacional', 'terapeuta ocupacional', 'terapeutas ocupacionales', 'OT'],
    },
    en: {
      term: 'occupational therapy',
      explanation:
        'Help that lets a child do the everyday jobs of school, like writing, eating, dressing, playing and staying calm. An occupational therapist (OT) plans and gives this help.',
    },
    es: {
      term: 'terapia ocupacional',
      explanation:
        'Un apoyo para que el niño pueda hacer las tareas de todos los días en la escuela, como escribir, comer, vestirse, jugar y mantener la calma. El terapeuta ocupacional planea y da este apoyo.',
    },
  },
  {
    id: 'ota',
    terms: {
      en: [
        'occupational therapy assistant',
        'occupational therapy assistants',
        'occupational therapist assistant',
        'certified occupational therapy assistant',
        'OTA',
        'OTAs',
        'COTA',
        'COTAs',
      ],
      es: [
        'asistente de terapia ocupacional',
        'asistentes de terapia ocupacional',
        'asistente de terapeuta ocupacional',
        'OTA',
        'COTA',
      ],
    },
    en: {
      term: 'occupational therapy assistant',
      explanation:
        'A trained, licensed person who gives therapy while an occupational therapist supervises. The therapist sets the goals and checks on progress.',
    },
    es: {
      term: 'asistente de terapia ocupacional',
      explanation:
        'Una persona capacitada y con licencia que da terapia bajo la supervisión de un terapeuta ocupacional. El terapeuta fija las metas y revisa el progreso.',
    },
  },
  {
    id: 'push-in',
    terms: {
      en: ['push-in', 'push-in services', 'integrated services', 'integrated therapy'],
      es: ['servicios integrados', 'servicio integrado', 'terapia integrada', 'modelo integrado', 'push-in'],
    },
    en: {
      term: 'push-in',
      explanation: 'The therapist works with the child inside the regular classroom, during normal class activities.',
    },
    es: {
      term: 'servicios integrados',
      explanation:
        'El terapeuta trabaja con el niño dentro de su salón de clases, durante las actividades normales de la clase.',
    },
  },
  {
    id: 'pull-out',
    terms: {
      en: ['pull-out', 'pull-out services', 'pullout', 'direct services', 'direct service'],
      es: [
        'servicios fuera del salón',
        'fuera del salón',
        'fuera del aula',
        'servicio fuera del salón',
        'servicios directos',
        'servicio directo',
        'pull-out',
      ],
    },
    en: {
      term: 'pull-out',
      explanation:
        'The child leaves the classroom to work with the therapist, alone or in a small group, in another room.',
    },
    es: {
      term: 'servicios fuera del salón',
      explanation:
        'El niño sale del salón para trabajar con el terapeuta, de forma individual o en un grupo pequeño, en otro lugar.',
    },
  },
  {
    id: 'consultation',
    terms: {
      en: ['consultation', 'consultation model', 'consultative services', 'consult services'],
      es: ['consulta', 'modelo de consulta', 'servicios de consulta', 'servicio de consulta', 'consultoría'],
    },
    en: {
      term: 'consultation',
      explanation:
        'The therapist meets with teachers and other staff to suggest tools and ideas, without working directly with the child.',
    },
    es: {
      term: 'consulta',
      explanation:
        'El terapeuta se reúne con los maestros y el resto del personal para sugerir herramientas e ideas, sin trabajar directamente con el niño.',
    },
  },
  {
    id: 'related-services',
    terms: {
      en: ['related services', 'related service'],
      es: ['servicios relacionados', 'servicio relacionado'],
    },
    en: {
      term: 'related services',
      explanation:
        'Extra help a student needs to benefit from special education, such as occupational therapy, speech therapy or transportation.',
    },
    es: {
      term: 'servicios relacionados',
      explanation:
        'Apoyos adicionales que el estudiante necesita para aprovechar la educación especial, como terapia ocupacional, terapia del habla o transporte.',
    },
  },
  {
    id: 'least-restrictive-environment',
    terms: {
      en: ['least restrictive environment', 'LRE'],
      es: ['ambiente menos restrictivo', 'entorno menos restrictivo', 'LRE'],
    },
    en: {
      term: 'least restrictive environment',
      explanation:
        'The rule that a child with a disability should learn next to classmates without disabilities as much as possible, with the supports they need.',
    },
    es: {
      term: 'ambiente menos restrictivo',
      explanation:
        'La regla de que un niño con discapacidad aprenda junto a sus compañeros sin discapacidad todo lo posible, con los apoyos que necesita.',
    },
  },
  {
    id: 'present-levels',
    terms: {
      en: [
        'present levels',
        'present level',
        'present levels of performance',
        'present levels of academic achievement and functional performance',
        'PLAAFP',
        'PLOP',
      ],
      es: [
        'niveles actuales',
        'nivel actual',
        'niveles actuales de desempeño',
        'nivel actual de desempeño',
        'niveles actuales de rendimiento académico y desempeño funcional',
        'PLAAFP',
      ],
    },
    en: {
      term: 'present levels',
      explanation:
        'The part of the IEP that describes what the child can do now and what is still hard, based on tests, observations and what the family shares.',
    },
    es: {
      term: 'niveles actuales',
      explanation:
        'La parte del IEP que describe lo que el niño puede hacer ahora y lo que todavía le cuesta, según pruebas, observaciones y lo que cuenta la familia.',
    },
  },
  {
    id: 'baseline',
    terms: {
      en: ['baseline', 'baselines', 'baseline data'],
      es: [
        'línea base',
        'línea de base',
        'nivel de partida',
        'nivel inicial',
        'niveles iniciales',
        'datos de línea base',
      ],
    },
    en: {
      term: 'baseline',
      explanation:
        'A measure of what the child can do now, before work on a goal starts. Later progress is compared with it.',
    },
    es: {
      term: 'línea base',
      explanation:
        'Una medida de lo que el niño puede hacer ahora, antes de empezar a trabajar en una meta. Después se compara el progreso con esa medida.',
    },
  },
  {
    id: 'short-term-objective',
    terms: {
      en: [
        'short-term objective',
        'short-term objectives',
        'short term objective',
        'short term objectives',
        'benchmark',
        'benchmarks',
      ],
      es: [
        'objetivo a corto plazo',
        'objetivos a corto plazo',
        'objetivo de corto plazo',
        'objetivos de corto plazo',
        'meta a corto plazo',
        'metas a corto plazo',
      ],
    },
    en: {
      term: 'short-term objective',
      explanation:
        'A smaller step on the way to a yearly goal, so the team and the family can check progress along the way.',
    },
    es: {
      term: 'objetivo a corto plazo',
      explanation:
        'Un paso más pequeño en el camino hacia una meta anual, para que el equipo y la familia puedan ver el progreso poco a poco.',
    },
  },
  {
    id: 'transition-services',
    terms: {
      en: [
        'transition services',
        'transition service',
        'transition plan',
        'transition planning',
        'post-secondary transition',
        'postsecondary transition',
      ],
      es: ['servicios de transición', 'servicio de transición', 'plan de transición', 'planificación de la transición'],
    },
    en: {
      term: 'transition services',
      explanation:
        'Planning and support that help a student get ready for life after high school: more school or training, a job, and living as independently as possible. They are part of the IEP by age 16, and often earlier.',
    },
    es: {
      term: 'servicios de transición',
      explanation:
        'Planes y apoyos que ayudan al estudiante a prepararse para la vida después de la preparatoria (high school): seguir estudiando, trabajar y vivir de la forma más independiente posible. Forman parte del IEP a más tardar a los 16 años, y muchas veces antes.',
    },
  },
  {
    id: 'section-504',
    terms: {
      en: ['504 plan', '504 plans', 'Section 504'],
      es: ['plan 504', 'planes 504', 'Sección 504'],
    },
    en: {
      term: '504 plan',
      explanation:
        'A school plan, based on a civil rights law, that gives a student with a disability the accommodations they need to take part in school. It is different from an IEP.',
    },
    es: {
      term: 'plan 504',
      explanation:
        'Un plan escolar, basado en una ley de derechos civiles, que le da al estudiante con discapacidad las adaptaciones que necesita para participar en la escuela. Es distinto de un IEP.',
    },
  },
];
