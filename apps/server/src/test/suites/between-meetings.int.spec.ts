// One app for the integration parts about the school year between meetings: service log, goal data, progress reports, billing; each part sits beside the code it tests.
import './share-apps';
import '../../modules/service-log/service-log.int.part';
import '../../modules/service-log/cosign.int.part';
import '../../modules/goal-data/goal-data.int.part';
import '../../modules/progress-reports/progress-reports.int.part';
import '../../modules/billing/billing.int.part';
