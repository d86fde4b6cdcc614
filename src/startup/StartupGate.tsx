// The gate the scene renders its house inside. Until the house is compiled on this canvas (useGatedCanvas holds
// frames back meanwhile) it gets the GPU ready for it (PrecompileShaders); then it waits for the frame that draws
// the house and says the view is ready (FirstFrameSignal: startupStore's `ready`, the one the loading screen
// follows), and draws the whole house once (WarmupFrame). The house itself is mounted in slices. A lost context
// that is never restored gives a fresh canvas, which is compiled again behind the same picture.
import type { ReactNode } from 'react';
import { ContextLossWatcher } from '../scene/ContextLossGuard';
import type { GatedCanvas } from './useGatedCanvas';
import { MountInSlices } from './gate/MountInSlices';
import { PrecompileShaders } from './gate/PrecompileShaders';
import { FirstFrameSignal } from './gate/FirstFrameSignal';
import { WarmupFrame } from './gate/WarmupFrame';

export function StartupGate({ canvas, children }: { canvas: GatedCanvas; children: ReactNode }) {
  return (
    <>
      <ContextLossWatcher onLostChange={canvas.onLostChange} />
      <MountInSlices>
        {children}
        {canvas.compiled ? (
          <>
            <FirstFrameSignal />
            {!__STARTUP_OFF__.warmupFrame && <WarmupFrame />}
          </>
        ) : (
          <PrecompileShaders onCompiled={canvas.onCompiled} />
        )}
      </MountInSlices>
    </>
  );
}
