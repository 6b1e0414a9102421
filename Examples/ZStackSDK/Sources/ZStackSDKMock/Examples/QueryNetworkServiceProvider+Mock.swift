public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryNetworkServiceProvider``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryNetworkServiceProviderExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "02b007e08ce604551cfe7cb692a7e7b5",
              "name": "name",
              "description": "description",
              "type": "type",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM",
              "networkServiceTypes": [
                "networkServiceTypes"
              ],
              "attachedL2NetworkUuids": [
                "attachedL2NetworkUuids"
              ]
            }
          ],
          "total": 1
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func queryNetworkServiceProvider(
        _ request: QueryNetworkServiceProvider.Request
    ) async throws -> QueryNetworkServiceProvider.Response {
        try Self.example(QueryNetworkServiceProvider.Response.self, json: Self.queryNetworkServiceProviderExample)
    }
}
