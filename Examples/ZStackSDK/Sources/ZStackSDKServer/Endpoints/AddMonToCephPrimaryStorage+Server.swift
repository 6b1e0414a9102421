import ZStackSDK

/// The server side of ``AddMonToCephPrimaryStorage``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/primary-storage/ceph/{uuid}/mons`, asynchronous.
nonisolated enum AddMonToCephPrimaryStorageServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddMonToCephPrimaryStorage.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let monUrls = try body.wrappedField([String].self, "monUrls")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return AddMonToCephPrimaryStorage.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    monUrls: try call.required(monUrls, .bodyField("params.monUrls")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.addMonToCephPrimaryStorage(request) }
        }
    }
}
