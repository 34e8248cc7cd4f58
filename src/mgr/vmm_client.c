#include "mgr/vmm_client.h"

#include <curl/curl.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

struct body {
    char *data;
    size_t len;
};

/* The VMM's answers are small JSON documents; a cap keeps a confused peer from eating memory. */
#define MAX_REPLY (4u << 20)

static size_t collect(char *ptr, size_t size, size_t nmemb, void *opaque)
{
    struct body *b = opaque;
    size_t n = size * nmemb;
    if (b->len + n > MAX_REPLY)
        return 0; /* makes curl fail the transfer */
    char *p = realloc(b->data, b->len + n + 1);
    if (!p)
        return 0;
    memcpy(p + b->len, ptr, n);
    b->len += n;
    p[b->len] = '\0';
    b->data = p;
    return n;
}

/* The fault_message of an error answer, or the raw body when it is not the expected JSON. */
static void fault_message(const struct body *b, long status, struct errbuf *eb)
{
    json_t *j = b->data ? json_loads(b->data, 0, NULL) : NULL;
    const char *msg = j ? json_string_value(json_object_get(j, "fault_message")) : NULL;
    if (msg)
        errbuf_set(eb, 0, "%s", msg);
    else
        errbuf_set(eb, 0, "the VMM answered HTTP %ld%s%.200s", status, b->data ? ": " : "",
                   b->data ? b->data : "");
    json_decref(j);
}

static int transport_error(CURLcode rc, const char *sock, struct errbuf *eb)
{
    int err = rc == CURLE_OPERATION_TIMEDOUT ? -ETIMEDOUT : -ECONNREFUSED;
    return errbuf_set(eb, err, "cannot reach the VMM at %s: %s", sock, curl_easy_strerror(rc));
}

int vmm_call(const char *sock, const char *method, const char *path, const char *body,
             double timeout_s, json_t **reply, struct errbuf *eb)
{
    if (reply)
        *reply = NULL;
    CURL *c = curl_easy_init();
    if (!c)
        return errbuf_set(eb, -ENOMEM, "cannot initialise libcurl");
    char url[512];
    snprintf(url, sizeof(url), "http://localhost%s", path);
    struct body b = { 0 };
    struct curl_slist *hdrs = NULL;
    /* No "Expect: 100-continue" round trip: the bodies are tiny. */
    hdrs = curl_slist_append(hdrs, "Expect:");
    hdrs = curl_slist_append(hdrs, "Accept: application/json");
    if (body)
        hdrs = curl_slist_append(hdrs, "Content-Type: application/json");
    curl_easy_setopt(c, CURLOPT_UNIX_SOCKET_PATH, sock);
    curl_easy_setopt(c, CURLOPT_URL, url);
    curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, method);
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, hdrs);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, (long)(timeout_s * 1000));
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &b);
    if (body) {
        curl_easy_setopt(c, CURLOPT_POSTFIELDS, body);
        curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE, (long)strlen(body));
    }
    int err = 0;
    long status = 0;
    CURLcode rc = curl_easy_perform(c);
    if (rc != CURLE_OK) {
        err = transport_error(rc, sock, eb);
        goto out;
    }
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
    if (status < 200 || status > 299) {
        fault_message(&b, status, eb);
        err = status >= 400 && status < 500 ? -EINVAL : -EIO;
        goto out;
    }
    if (reply && b.len) {
        json_error_t je;
        *reply = json_loads(b.data, 0, &je);
        if (!*reply)
            err = errbuf_set(eb, -EIO, "the VMM sent invalid JSON for %s %s: %s", method, path,
                             je.text);
    }
out:
    free(b.data);
    curl_slist_free_all(hdrs);
    curl_easy_cleanup(c);
    return err;
}
