package io.shale.cli.output;

import io.shale.fleet.FleetListener;
import io.shale.fleet.Target;
import io.shale.fleet.TargetResult;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar over a fleet's targets, on a terminal only (the final table is what logs and CI
 * keep). The bar draws on stderr, so stdout stays the report.
 */
public final class FleetProgress implements FleetListener {
    private final boolean terminal;
    private ProgressBar bar;

    public FleetProgress(boolean terminal) {
        this.terminal = terminal;
    }

    @Override
    public void planned(List<Target> targets) {
        if (terminal && !targets.isEmpty()) {
            bar = new ProgressBarBuilder().setTaskName("Targets").setInitialMax(targets.size())
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(100).continuousUpdate().build();
        }
    }

    @Override
    public void finished(TargetResult<?> result) {
        if (bar != null) {
            bar.step();
            bar.setExtraMessage(result.target().name());
        }
    }

    /** Closes the bar, if one was drawn. */
    public void done() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
