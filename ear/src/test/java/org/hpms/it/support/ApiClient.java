package org.hpms.it.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.openqa.selenium.json.Json;

/** Real HTTP calls to the deployed API as a staff account (HTTP Basic), and JSON reading of the answers. */
public final class ApiClient {

    public static final String API = System.getProperty("hpms.it.apiUrl");

    public final HttpClient http = HttpClient.newHttpClient();
    private final Json json = new Json();

    public HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(API + path)).GET().header("Accept", "application/json");
    }

    public HttpRequest.Builder post(String path, String body) {
        return HttpRequest.newBuilder(URI.create(API + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    public HttpRequest.Builder put(String path, String body) {
        return HttpRequest.newBuilder(URI.create(API + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    public HttpResponse<String> send(HttpRequest.Builder request, String account) throws Exception {
        return http.send(request.header("Authorization", basic(account, Staff.DEMO_PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> map(HttpResponse<String> response) {
        return json.toType(response.body(), Map.class);
    }

    /** Starts a billing job through the API as billing staff and waits (up to two minutes) until it ends; returns its last state. */
    public Map<String, Object> runJob(String job, String body) throws Exception {
        HttpResponse<String> started = send(post("billing-jobs/" + job, body), Staff.BILLING);
        if (started.statusCode() != 202) {
            throw new AssertionError("job " + job + " not started: " + started.statusCode() + " " + started.body());
        }
        long execution = ((Number) map(started).get("executionId")).longValue();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        Map<String, Object> run = map(started);
        while ((Boolean) run.get("running") && Instant.now().isBefore(deadline)) {
            // Each poll is an HTTP Basic login (a bcrypt check, ~0.4 s of a server core): poll slowly, not to starve the job.
            Thread.sleep(1_000);
            run = map(send(get("billing-jobs/executions/" + execution), Staff.BILLING));
        }
        return run;
    }

    public <T> T read(HttpResponse<String> response, Class<T> type) {
        return json.toType(response.body(), type);
    }
}
