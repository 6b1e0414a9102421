public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryNetworkServiceL3NetworkRef``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryNetworkServiceL3NetworkRefExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "l3NetworkUuid": "771209474cde48f4f327d8030146c54a",
              "networkServiceProviderUuid": "917f7e565fe75cac815e7afded897c7c",
              "networkServiceType": "networkServiceType"
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
    public func queryNetworkServiceL3NetworkRef(
        _ request: QueryNetworkServiceL3NetworkRef.Request
    ) async throws -> QueryNetworkServiceL3NetworkRef.Response {
        try Self.example(QueryNetworkServiceL3NetworkRef.Response.self, json: Self.queryNetworkServiceL3NetworkRefExample)
    }
}
