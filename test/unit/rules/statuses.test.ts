import { describe, expect, it } from 'vitest';
import { DeploymentStatus } from '../../../rules/enums';
import { isHaltedDeployment, isInactiveDeployment } from '../../../rules/statuses';

describe('deployment statuses', () => {
  it('holds a withdrawn or closed deployment inactive, and one on hold halted as well', () => {
    const all = Object.values(DeploymentStatus);
    expect(all.filter(isInactiveDeployment)).toEqual(['CLOSED', 'WITHDRAWN']);
    expect(all.filter(isHaltedDeployment)).toEqual(['CLOSED', 'ON_HOLD', 'WITHDRAWN']);
  });
});
