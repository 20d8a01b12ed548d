package io.github.portkeyadmin.testing;

/**
 * The shape of an {@link Organisation}'s hourly traffic: a working-day curve peaking at 14:00 UTC,
 * quieter weekends and slow growth, a runaway job (a request spike on one model for one hour) and
 * a provider outage (an error burst).
 *
 * @param peakRequestsPerHour requests an hour at the weekday peak in a workspace of scale 1
 * @param errorRate the usual share of requests that fail
 * @param spikeHoursAgo how many hours before now the spike is
 * @param spikeRequests extra requests in the spike hour, scaled by workspace; 0 for none
 * @param spikeModel the name of the model the spike's requests use
 * @param burstHoursAgo how many hours before now the error burst starts
 * @param burstHours how many hours it lasts; 0 for none
 * @param burstErrorRate the share of requests that fail during the burst
 */
public record FakeTraffic(double peakRequestsPerHour, double errorRate, long spikeHoursAgo,
    long spikeRequests, String spikeModel, long burstHoursAgo, long burstHours,
    double burstErrorRate) {

  /**
   * The demo's traffic: 900 requests an hour at peak, 1.2% errors, 4,800 extra gpt-4o requests 50
   * hours ago, 19% errors for two hours from 100 hours ago.
   *
   * @return the default traffic
   */
  public static FakeTraffic demo() {
    return new FakeTraffic(900, 0.012, 50, 4800, "gpt-4o", 100, 2, 0.19);
  }

  /**
   * The same traffic without its spike.
   *
   * @return a new traffic shape
   */
  public FakeTraffic withoutSpike() {
    return new FakeTraffic(peakRequestsPerHour, errorRate, spikeHoursAgo, 0, spikeModel,
        burstHoursAgo, burstHours, burstErrorRate);
  }

  /**
   * The same traffic without its error burst.
   *
   * @return a new traffic shape
   */
  public FakeTraffic withoutErrorBurst() {
    return new FakeTraffic(peakRequestsPerHour, errorRate, spikeHoursAgo, spikeRequests,
        spikeModel, burstHoursAgo, 0, burstErrorRate);
  }
}
