public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryLocalStorageResourceRef``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryLocalStorageResourceRefExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "resourceUuid": "3e227c7f32c9771174d297cb35f2b894",
              "primaryStorageUuid": "2a3c6a20e58c1878132e5fad8bff1dc5",
              "hostUuid": "4b04d4a41cca4d0f402ce5c48da85e76",
              "size": 1,
              "resourceType": "resourceType",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM"
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
    public func queryLocalStorageResourceRef(
        _ request: QueryLocalStorageResourceRef.Request
    ) async throws -> QueryLocalStorageResourceRef.Response {
        try Self.example(QueryLocalStorageResourceRef.Response.self, json: Self.queryLocalStorageResourceRefExample)
    }
}
