import ZStackSDK

/// The server side of ``UpdateCluster``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/clusters/{uuid}/actions`, asynchronous.
nonisolated enum UpdateClusterServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateCluster.operation, bodyWrapper: "updateCluster") { call in
            let request = try call.decodeBody(wrapper: "updateCluster") { body in
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return UpdateCluster.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    name: name,
                    description: description,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.updateCluster(request) }
        }
    }
}
