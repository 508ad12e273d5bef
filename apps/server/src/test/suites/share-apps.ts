import { shareAppsAcrossParts } from '../factories';

// Imported first by every suite file, so that the parts imported after it share their apps.
shareAppsAcrossParts();
