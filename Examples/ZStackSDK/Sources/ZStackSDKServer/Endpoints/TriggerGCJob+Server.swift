import ZStackSDK

/// The server side of ``TriggerGCJob``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/gc-jobs/{uuid}/actions`, asynchronous.
nonisolated enum TriggerGCJobServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: TriggerGCJob.operation, bodyWrapper: "triggerGCJob") { call in
            let request = try call.decodeBody(wrapper: "triggerGCJob") { body in
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return TriggerGCJob.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.triggerGCJob(request) }
        }
    }
}
