import HTTPTypes

/// The API-wide facts of the ZStack wire format, as the server side needs them.
///
/// This is the only file of the server's runtime whose contents depend on the API description: every value here
/// comes from the `api:` block of the specs or, where a line says so, from ZStack's own conventions. The rest of
/// `Server/` and `Jobs/` reads them from here.
nonisolated enum ZStackServerWire {
    /// The header that carries the authorization of a call that needs it (`api.auth.header`).
    ///
    /// The name is checked when the server is generated, so the fallback is never taken.
    static let authorizationHeader = HTTPField.Name("Authorization") ?? .authorization

    /// The HTTP status of failure replies: the first of `api.errors.status`.
    static let errorStatus = HTTPResponse.Status(code: 503)

    /// The field of a failure reply that holds the error (`api.errors.field`).
    static let errorField = "error"

    /// The HTTP status with which an asynchronous call is accepted (`api.async.accepted-status`).
    static let acceptedStatus = HTTPResponse.Status(code: 202)

    /// The field of an accepted reply that holds the job's location (`api.async.location-field`).
    static let locationField = "location"

    /// The path under which the jobs of asynchronous calls are polled, followed by `/<job UUID>`
    /// (`api.async.jobs-path`).
    static let jobsPath = "/zstack/v1/api-jobs"

    /// The request header with which a caller chooses the UUID of an asynchronous call's job (ZStack's).
    static let jobUUIDHeader = "X-Job-UUID"

    /// The operation ID that middlewares see for polls of a job.
    static let jobOperationID = "ZStackQueryJob"

    /// The content type of every reply body.
    static let contentType = "application/json;charset=UTF-8"

    /// The error code of a request that the server cannot read (ZStack's `SysErrors.INVALID_ARGUMENT_ERROR`).
    static let invalidArgumentCode = "SYS.1007"

    /// The description that goes with ``invalidArgumentCode``.
    static let invalidArgumentDescription = "One or more API argument is invalid"

    /// The error code of a job that is unknown or has expired (ZStack's `SysErrors.RESOURCE_NOT_FOUND`).
    static let notFoundCode = "SYS.1003"

    /// The description that goes with ``notFoundCode``.
    static let notFoundDescription = "Resource not found"

    /// The error code of a failure of the server itself (ZStack's `SysErrors.INTERNAL`).
    static let internalErrorCode = "SYS.1000"

    /// The description that goes with ``internalErrorCode``.
    static let internalErrorDescription = "An internal error happened in system"
}
