public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``ChangeClusterState``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let changeClusterStateExample = #"""
        {
          "success": true,
          "inventory": {
            "name": "name",
            "uuid": "79c20d7eceac1378bb53ac89ae2778ca",
            "description": "description",
            "state": "state",
            "hypervisorType": "hypervisorType",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "zoneUuid": "f20582e10f3740ee8bbd2d5fcde5a13e",
            "type": "type"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func changeClusterState(
        _ request: ChangeClusterState.Request
    ) async throws -> ChangeClusterState.Response {
        try Self.example(ChangeClusterState.Response.self, json: Self.changeClusterStateExample)
    }
}
