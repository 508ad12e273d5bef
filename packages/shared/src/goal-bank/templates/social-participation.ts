import type { GoalTemplate } from '../goal-bank';
import { BY_ANNUAL_REVIEW, EACH_GRADING_PERIOD, EVERY_9_WEEKS, WITHIN_36_WEEKS } from './common';

export const SOCIAL_PARTICIPATION_TEMPLATES: GoalTemplate[] = [
  {
    id: 'so-personal-space',
    area: 'social_participation',
    keywords: {
      en: ['personal space', 'line', 'circle time', 'boundaries', 'body awareness'],
      es: ['espacio personal', 'fila', 'alfombra', 'límites', 'conciencia corporal'],
    },
    en: {
      title: 'Keeping personal space',
      baseline:
        'In line and on the carpet, {{student}} leans on, touches or stands very close to classmates, and keeps an arm’s length in {{baseline_count}} of 10 observed opportunities.',
      condition:
        'Given a visual cue (such as a spot on the carpet or a floor marker) and a quick reminder of the “arm’s length” rule',
      behavior:
        'keeps about an arm’s length of space from classmates while standing in line, sitting in a group and talking',
      criterion: 'in 8 of 10 observed opportunities across 3 school settings',
      timeframe: BY_ANNUAL_REVIEW.en,
      measurement: 'Observation tally by the teacher, the aide and the OT',
      reporting: EACH_GRADING_PERIOD.en,
      objectives: [
        'Given a floor marker, {{student}} will stand on the marker in line in 4 of 5 observed opportunities.',
        'Given a spot on the carpet, {{student}} will sit on the spot with the hands in the lap for 10 minutes of group time in 4 of 5 observations.',
      ],
    },
    es: {
      title: 'Respetar el espacio personal',
      baseline:
        'En la fila y en la alfombra, {{student}} se recarga, toca o se para muy cerca de sus compañeros, y mantiene la distancia de un brazo en {{baseline_count}} de 10 oportunidades observadas.',
      condition:
        'Con una señal visual (por ejemplo, un lugar marcado en la alfombra o en el piso) y un breve recordatorio de la regla de “a un brazo de distancia”',
      behavior:
        'mantiene más o menos un brazo de distancia con sus compañeros al estar en la fila, sentarse en grupo y platicar',
      criterion: 'en 8 de 10 oportunidades observadas en 3 lugares de la escuela',
      timeframe: BY_ANNUAL_REVIEW.es,
      measurement: 'Conteo de observaciones del maestro, el asistente y el terapeuta ocupacional',
      reporting: EACH_GRADING_PERIOD.es,
      objectives: [
        'Con una marca en el piso, {{student}} se parará sobre la marca en la fila en 4 de 5 oportunidades observadas.',
        'Con un lugar marcado en la alfombra, {{student}} se sentará en su lugar con las manos sobre las piernas durante 10 minutos de la actividad en grupo en 4 de 5 observaciones.',
      ],
    },
  },
  {
    id: 'so-group-activity',
    area: 'social_participation',
    keywords: {
      en: ['group work', 'turn taking', 'sharing', 'peers', 'cooperation'],
      es: ['trabajo en grupo', 'turnos', 'compartir', 'compañeros', 'cooperación'],
    },
    en: {
      title: 'Taking part in a small-group activity',
      baseline:
        'In small-group work, {{student}} works alone, grabs materials or leaves the group after about {{baseline_minutes}} minutes.',
      condition: 'In a group of 3 to 4 classmates, given a role card and a turn-taking picture',
      behavior: 'stays with the group, waits for a turn, shares materials and does the assigned role',
      criterion: 'for 15 minutes with no more than 2 adult prompts in 4 of 5 group activities',
      timeframe: BY_ANNUAL_REVIEW.en,
      measurement: 'Observation at set intervals by the teacher and the OT during group work',
      reporting: EACH_GRADING_PERIOD.en,
      objectives: [
        'Given a turn-taking picture, {{student}} will wait for a turn in a 2-person game 4 times in a row in 4 of 5 sessions.',
        'Given a role card, {{student}} will do the assigned role in a group of 3 for 10 minutes in 3 of 5 group activities.',
      ],
    },
    es: {
      title: 'Participar en una actividad en grupo pequeño',
      baseline:
        'En el trabajo en grupos pequeños, {{student}} trabaja por su cuenta, arrebata los materiales o se sale del grupo después de unos {{baseline_minutes}} minutos.',
      condition:
        'En un grupo de 3 a 4 compañeros, con una tarjeta de su función y un dibujo que muestra cómo tomar turnos',
      behavior: 'se queda con el grupo, espera su turno, comparte los materiales y hace la función que le toca',
      criterion: 'durante 15 minutos con no más de 2 indicaciones de un adulto en 4 de 5 actividades en grupo',
      timeframe: BY_ANNUAL_REVIEW.es,
      measurement: 'Observación a intervalos fijos del maestro y del terapeuta ocupacional durante el trabajo en grupo',
      reporting: EACH_GRADING_PERIOD.es,
      objectives: [
        'Con el dibujo de los turnos, {{student}} esperará su turno en un juego de 2 personas 4 veces seguidas en 4 de 5 sesiones.',
        'Con una tarjeta de su función, {{student}} hará la función que le toca en un grupo de 3 durante 10 minutos en 3 de 5 actividades en grupo.',
      ],
    },
  },
  {
    id: 'so-transitions',
    area: 'social_participation',
    keywords: {
      en: ['transitions', 'changing activities', 'visual schedule', 'routine', 'flexibility'],
      es: ['cambios de actividad', 'transiciones', 'horario visual', 'rutina', 'flexibilidad'],
    },
    en: {
      title: 'Moving between activities and places',
      baseline:
        'When an activity ends or the class changes rooms, {{student}} protests, drops to the floor or refuses to move, and changes calmly in {{baseline_count}} of 10 observed transitions.',
      condition: 'Given a visual schedule, a 2-minute warning and an object to carry during the change',
      behavior: 'stops the current activity, checks the schedule and moves to the next activity or place',
      criterion: 'within 2 minutes of the signal, in 8 of 10 observed transitions',
      timeframe: WITHIN_36_WEEKS.en,
      measurement: 'Transition log kept by classroom staff',
      reporting: EVERY_9_WEEKS.en,
      objectives: [
        'Given a 2-minute warning and a visual schedule, {{student}} will check the schedule when prompted in 4 of 5 transitions.',
        'Given an object to carry, {{student}} will walk with the class to the next place within 3 minutes of the signal in 6 of 10 transitions.',
      ],
    },
    es: {
      title: 'Pasar de una actividad o de un lugar a otro',
      baseline:
        'Cuando termina una actividad o el grupo cambia de salón, {{student}} protesta, se tira al piso o se niega a moverse, y hace el cambio con calma en {{baseline_count}} de 10 cambios observados.',
      condition: 'Con un horario visual, un aviso 2 minutos antes y un objeto para llevar en la mano durante el cambio',
      behavior: 'deja la actividad en la que está, revisa el horario y pasa a la siguiente actividad o lugar',
      criterion: 'en 2 minutos o menos después de la señal, en 8 de 10 cambios observados',
      timeframe: WITHIN_36_WEEKS.es,
      measurement: 'Registro de cambios de actividad que lleva el personal del salón',
      reporting: EVERY_9_WEEKS.es,
      objectives: [
        'Con un aviso 2 minutos antes y un horario visual, {{student}} revisará el horario cuando se le indique en 4 de 5 cambios.',
        'Con un objeto para llevar en la mano, {{student}} caminará con el grupo al siguiente lugar en 3 minutos o menos después de la señal en 6 de 10 cambios.',
      ],
    },
  },
  {
    id: 'so-recess-play',
    area: 'social_participation',
    keywords: {
      en: ['recess', 'playground', 'play', 'friends', 'games', 'peers'],
      es: ['recreo', 'patio', 'jugar', 'amigos', 'juegos', 'compañeros'],
    },
    en: {
      title: 'Joining classmates at recess',
      baseline:
        'At recess, {{student}} walks along the edge of the playground without joining anyone, and joins a game with classmates on {{baseline_count}} of 10 observed days.',
      condition: 'Given a recess choice board with 3 games practiced in OT and a classmate buddy',
      behavior: 'chooses a game, asks or signals to join the other children, and plays by the rules of the game',
      criterion: 'for at least 5 minutes on 4 of 5 observed recess periods',
      timeframe: BY_ANNUAL_REVIEW.en,
      measurement: 'Recess observation log kept by the OT and playground staff',
      reporting: EACH_GRADING_PERIOD.en,
      objectives: [
        'Given the choice board, {{student}} will choose a game and go to the place where it is played on 4 of 5 observed days.',
        'Given a classmate buddy, {{student}} will take part in a game for 3 minutes on 3 of 5 observed days.',
      ],
    },
    es: {
      title: 'Jugar con los compañeros en el recreo',
      baseline:
        'En el recreo, {{student}} camina por la orilla del patio sin acercarse a nadie, y se une al juego de sus compañeros en {{baseline_count}} de 10 días observados.',
      condition:
        'Con un tablero de opciones para el recreo con 3 juegos practicados en terapia ocupacional y un compañero de apoyo',
      behavior:
        'escoge un juego, pide o hace una seña para unirse a los demás niños y juega siguiendo las reglas del juego',
      criterion: 'durante al menos 5 minutos en 4 de 5 recreos observados',
      timeframe: BY_ANNUAL_REVIEW.es,
      measurement:
        'Registro de observación del recreo que llevan el terapeuta ocupacional y el personal que cuida el patio',
      reporting: EACH_GRADING_PERIOD.es,
      objectives: [
        'Con el tablero de opciones, {{student}} escogerá un juego e irá al lugar donde se juega en 4 de 5 días observados.',
        'Con un compañero de apoyo, {{student}} participará en un juego durante 3 minutos en 3 de 5 días observados.',
      ],
    },
  },
  {
    id: 'so-change-in-plans',
    area: 'social_participation',
    keywords: {
      en: ['change', 'unexpected', 'substitute', 'fire drill', 'coping', 'flexibility'],
      es: ['cambio', 'imprevisto', 'maestro suplente', 'simulacro', 'adaptarse', 'flexibilidad'],
    },
    en: {
      title: 'Coping with a change in plans',
      baseline:
        'When the schedule changes without warning (a substitute teacher, indoor recess, a fire drill), {{student}} is upset for about {{baseline_minutes}} minutes and cannot rejoin the class activity.',
      condition: 'Given a “change” card placed on the visual schedule and a practiced coping phrase',
      behavior: 'accepts the change by using the coping phrase or a calming strategy, and joins the new activity',
      criterion: 'within 5 minutes in 4 of 5 observed changes',
      timeframe: BY_ANNUAL_REVIEW.en,
      measurement: 'Teacher log of schedule changes and how the student responded, reviewed by the OT',
      reporting: EACH_GRADING_PERIOD.en,
      objectives: [
        'During planned practice, {{student}} will say or point to the coping phrase when shown the “change” card in 4 of 5 trials.',
        'During real changes, {{student}} will join the new activity within 10 minutes in 3 of 5 observed changes.',
      ],
    },
    es: {
      title: 'Adaptarse a un cambio de planes',
      baseline:
        'Cuando el horario cambia sin aviso (un maestro suplente, un recreo adentro, un simulacro de incendio), {{student}} se altera durante unos {{baseline_minutes}} minutos y no logra volver a la actividad de la clase.',
      condition:
        'Con una tarjeta de “cambio” puesta en el horario visual y una frase para tranquilizarse que ya se practicó',
      behavior: 'acepta el cambio usando la frase o una estrategia para calmarse, y se une a la nueva actividad',
      criterion: 'en 5 minutos o menos en 4 de 5 cambios observados',
      timeframe: BY_ANNUAL_REVIEW.es,
      measurement:
        'Registro del maestro sobre los cambios de horario y cómo reaccionó el estudiante, revisado por el terapeuta ocupacional',
      reporting: EACH_GRADING_PERIOD.es,
      objectives: [
        'Durante una práctica planeada, {{student}} dirá o señalará la frase para tranquilizarse al ver la tarjeta de “cambio” en 4 de 5 intentos.',
        'Durante cambios reales, {{student}} se unirá a la nueva actividad en 10 minutos o menos en 3 de 5 cambios observados.',
      ],
    },
  },
];
