// One module load for the integration parts about the platform (health, metrics, sign-in providers, mail, live rooms, the goal bank); each part sits beside the code it tests.
import './share-apps';
import '../../ops/metrics/metrics.int.part';
import '../../modules/health/readiness.int.part';
import '../../modules/goal-bank/goal-bank.int.part';
import '../../realtime/section-rooms.int.part';
import '../../modules/mail/mail-language.int.part';
import '../../modules/mail/mail-timeout.int.part';
import '../../modules/auth/oidc.int.part';
import '../../modules/notifications/signature-needed.int.part';
