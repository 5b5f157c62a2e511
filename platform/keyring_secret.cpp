#include "platform/keyring.hpp"

#include <libsecret/secret.h>

namespace rapport::platform {
namespace {

// The schema names Rapport's items so other apps' passwords are never read.
const SecretSchema* schema() {
    static const SecretSchema s = {"org.rapport.Sync",
                                   SECRET_SCHEMA_NONE,
                                   {{"server", SECRET_SCHEMA_ATTRIBUTE_STRING},
                                    {"user", SECRET_SCHEMA_ATTRIBUTE_STRING},
                                    {nullptr, SECRET_SCHEMA_ATTRIBUTE_STRING}},
                                   0,
                                   nullptr,
                                   nullptr,
                                   nullptr,
                                   nullptr,
                                   nullptr,
                                   nullptr,
                                   nullptr};
    return &s;
}

std::string take_message(GError* error) {
    std::string message = error && error->message ? error->message : "the keyring did not answer";
    if (error) g_error_free(error);
    return message;
}

} // namespace

ports::KeyringAnswer keyring_lookup(const std::string& server, const std::string& user) {
    ports::KeyringAnswer answer;
    GError* error = nullptr;
    gchar* found = secret_password_lookup_sync(schema(), nullptr, &error, "server", server.c_str(),
                                               "user", user.c_str(), nullptr);
    if (error) {
        answer.problem = take_message(error);
        return answer;
    }
    if (found) {
        answer.password = std::string(found);
        secret_password_free(found);
    }
    return answer;
}

std::string keyring_store(const std::string& server, const std::string& user,
                          const std::string& password) {
    GError* error = nullptr;
    const std::string label = "Rapport sync: " + user + " at " + server;
    secret_password_store_sync(schema(), SECRET_COLLECTION_DEFAULT, label.c_str(), password.c_str(),
                               nullptr, &error, "server", server.c_str(), "user", user.c_str(),
                               nullptr);
    return error ? take_message(error) : std::string();
}

std::string keyring_clear(const std::string& server, const std::string& user) {
    GError* error = nullptr;
    secret_password_clear_sync(schema(), nullptr, &error, "server", server.c_str(), "user",
                               user.c_str(), nullptr);
    return error ? take_message(error) : std::string();
}

} // namespace rapport::platform
