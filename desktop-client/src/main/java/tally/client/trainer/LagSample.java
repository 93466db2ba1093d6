package tally.client.trainer;

/** One point of the lag chart: seconds since the console started, lag in events. */
public record LagSample(double seconds, long lag) {
}
