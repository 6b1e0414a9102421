import ZStackSDK

/// The server side of ``UpdateLongJob``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/longjobs/{uuid}/actions`, asynchronous.
nonisolated enum UpdateLongJobServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateLongJob.operation, bodyWrapper: "updateLongJob") { call in
            let request = try call.decodeBody(wrapper: "updateLongJob") { body in
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return UpdateLongJob.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    name: name,
                    description: description,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.updateLongJob(request) }
        }
    }
}
