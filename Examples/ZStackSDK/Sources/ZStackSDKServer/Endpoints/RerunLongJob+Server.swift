import ZStackSDK

/// The server side of ``RerunLongJob``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/longjobs/{uuid}/actions`, asynchronous.
nonisolated enum RerunLongJobServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: RerunLongJob.operation, bodyWrapper: "rerunLongJob") { call in
            let request = try call.decodeBody(wrapper: "rerunLongJob") { body in
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return RerunLongJob.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.rerunLongJob(request) }
        }
    }
}
