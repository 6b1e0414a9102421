import ZStackSDK

/// The server side of ``CancelLongJob``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/longjobs/{uuid}/actions`, asynchronous.
nonisolated enum CancelLongJobServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CancelLongJob.operation, bodyWrapper: "cancelLongJob") { call in
            let request = try call.decodeBody(wrapper: "cancelLongJob") { body in
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return CancelLongJob.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.cancelLongJob(request) }
        }
    }
}
