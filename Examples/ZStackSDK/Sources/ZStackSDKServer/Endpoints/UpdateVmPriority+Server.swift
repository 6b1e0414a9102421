import ZStackSDK

/// The server side of ``UpdateVmPriority``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous.
nonisolated enum UpdateVmPriorityServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateVmPriority.operation, bodyWrapper: "updateVmPriority") { call in
            let request = try call.decodeBody(wrapper: "updateVmPriority") { body in
                let priority = try body.wrappedField(String.self, "priority")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return UpdateVmPriority.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    priority: try call.required(priority, .bodyField("updateVmPriority.priority")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.updateVmPriority(request) }
        }
    }
}
