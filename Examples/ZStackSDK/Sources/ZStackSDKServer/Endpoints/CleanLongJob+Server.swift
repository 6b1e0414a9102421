import ZStackSDK

/// The server side of ``CleanLongJob``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/longjobs/{uuid}/actions`, asynchronous.
nonisolated enum CleanLongJobServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CleanLongJob.operation, bodyWrapper: "cleanLongJob") { call in
            let request = try call.decodeBody(wrapper: "cleanLongJob") { body in
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return CleanLongJob.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.cleanLongJob(request) }
        }
    }
}
