import ZStackSDK

/// The server side of ``ResumeLongJob``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/longjobs/{uuid}/actions`, asynchronous.
nonisolated enum ResumeLongJobServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: ResumeLongJob.operation, bodyWrapper: "resumeLongJob") { call in
            let request = try call.decodeBody(wrapper: "resumeLongJob") { body in
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return ResumeLongJob.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.resumeLongJob(request) }
        }
    }
}
