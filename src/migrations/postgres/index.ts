import * as migration_20261130_113004_initial from './20261130_113004_initial';
import * as migration_20261130_140203_workflow_agency_api from './20261130_140203_workflow_agency_api';

export const migrations = [
  {
    up: migration_20261130_113004_initial.up,
    down: migration_20261130_113004_initial.down,
    name: '20261130_113004_initial',
  },
  {
    up: migration_20261130_140203_workflow_agency_api.up,
    down: migration_20261130_140203_workflow_agency_api.down,
    name: '20261130_140203_workflow_agency_api'
  },
];
