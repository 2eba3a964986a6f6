import * as migration_20261130_112953_initial from './20261130_112953_initial';
import * as migration_20261130_140149_workflow_agency_api from './20261130_140149_workflow_agency_api';

export const migrations = [
  {
    up: migration_20261130_112953_initial.up,
    down: migration_20261130_112953_initial.down,
    name: '20261130_112953_initial',
  },
  {
    up: migration_20261130_140149_workflow_agency_api.up,
    down: migration_20261130_140149_workflow_agency_api.down,
    name: '20261130_140149_workflow_agency_api'
  },
];
